package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.annotate.Change;
import dev.sentag.model.Label;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.WritableValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tagging view-model and its document state without a window: the database work and the hand-back both run on
 * the test thread, so what a call did is in the library and in the properties when it returns.
 */
class TaggingViewModelTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private TaggingViewModel tagging;
    private DocumentState state;
    private Label claim;
    private Label response;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(SeedFiles.first()); // opens with a site banner: excluded web residue
        ws.imports().importFile(SeedFiles.second());
        tagging = new TaggingViewModel(ws.annotation(), new Background(Runnable::run, Runnable::run),
                ws.annotation().labels());
        state = tagging.state();
        claim = tagging.labelsProperty().get().byName("Claim").orElseThrow();
        response = tagging.labelsProperty().get().byName("Response").orElseThrow();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Long storedLabel(long document, int index) {
        var d = ws.annotation().open(document).orElseThrow();
        var t = d.tags().get(d.sentences().get(index).id());
        return t == null ? null : t.labelId();
    }

    @Test
    void theStateIsReadOnlyForEveryoneButItsModel() {
        assertFalse(state.documentProperty() instanceof WritableValue, "document");
        assertFalse(state.currentProperty() instanceof WritableValue, "cursor");
        assertFalse(state.taggedProperty() instanceof WritableValue, "tagged");
        assertFalse(tagging.currentProperty() instanceof WritableValue);
        tagging.open(2, 0, () -> { });
        assertThrows(UnsupportedOperationException.class, () -> tagging.rows().clear());
        assertThrows(UnsupportedOperationException.class, () -> state.rows().remove(0));
    }

    @Test
    void openingAtTheArticleStartSkipsTheSiteBannerAndShowsTheDocument() {
        List<String> shown = new ArrayList<>();
        tagging.onShown(() -> shown.add("rows " + state.rows().size() + ", cursor " + state.currentProperty().get()));
        boolean[] then = {false};
        tagging.open(1, TaggingViewModel.ARTICLE_START, () -> then[0] = true);
        assertTrue(then[0]);
        assertEquals(1L, state.documentProperty().get().id());
        assertEquals(ws.annotation().open(1).orElseThrow().sentences().size(), state.rows().size());
        assertEquals(List.of("rows " + state.rows().size() + ", cursor -1"), shown, "shown before the cursor is put");
        int at = state.currentProperty().get();
        assertTrue(state.rows().get(0).sentence().excluded(), "the seed opens with residue");
        assertFalse(state.rows().get(at).sentence().excluded());
        assertTrue(state.rows().subList(0, at).stream().allMatch(r -> r.sentence().excluded()),
                "the cursor is on the first sentence of article text");
    }

    @Test
    void aCursorPastTheEndIsClampedAndAMissingDocumentClosesTheView() {
        tagging.open(2, 10_000, () -> { });
        assertEquals(state.rows().size() - 1, state.currentProperty().get());
        tagging.open(99, 0, () -> { });
        assertNull(state.documentProperty().get());
        assertTrue(state.rows().isEmpty());
        assertEquals(-1, state.currentProperty().get());
        assertTrue(tagging.currentRow().isEmpty());
    }

    @Test
    void tagWritesMovesOnAndCountsOnlyIncludedSentences() {
        tagging.open(1, TaggingViewModel.ARTICLE_START, () -> { });
        int first = state.currentProperty().get();
        List<Integer> restyled = new ArrayList<>();
        tagging.onLabelChanged(row -> restyled.add(row.sentence().index()));
        tagging.tagCurrent(claim);
        assertEquals(claim.id(), storedLabel(1, first));
        assertEquals(first + 1, state.currentProperty().get(), "auto-advance");
        assertEquals(1, state.taggedProperty().get());
        assertEquals(1, tagging.count(claim.id()));
        assertEquals(List.of(first), restyled);

        tagging.autoAdvanceProperty().set(false);
        tagging.tagCurrent(response);
        assertEquals(first + 1, state.currentProperty().get(), "stays without auto-advance");
        tagging.tagCurrent(null);
        assertNull(storedLabel(1, first + 1));
        assertEquals(1, state.taggedProperty().get());
        long residue = state.rows().stream().filter(r -> r.sentence().excluded()).count();
        assertEquals(state.rows().size() - residue, tagging.included());
    }

    @Test
    void movingSkipsResidueAndNextUntaggedWrapsRound() {
        tagging.open(1, TaggingViewModel.ARTICLE_START, () -> { });
        int first = state.currentProperty().get();
        tagging.previous();
        assertEquals(first, state.currentProperty().get(), "nothing but residue before it");
        tagging.moveTo(0);
        assertEquals(0, state.currentProperty().get(), "a click may still choose residue");
        tagging.moveTo(-5);
        assertEquals(0, state.currentProperty().get(), "out of range is ignored");
        tagging.next();
        assertEquals(first, state.currentProperty().get());

        tagging.moveTo(state.rows().size() - 1);
        assertTrue(tagging.nextUntagged());
        assertEquals(first, state.currentProperty().get(), "wraps round past residue");
        tagging.autoAdvanceProperty().set(false);
        for (int i = 0; i < state.rows().size(); i++) {
            if (!state.rows().get(i).sentence().excluded()) {
                tagging.moveTo(i);
                tagging.tagCurrent(claim);
            }
        }
        assertFalse(tagging.nextUntagged(), "everything is tagged");
        assertEquals(tagging.included(), state.taggedProperty().get());
    }

    @Test
    void undoAndRedoShowTheirChangeWhereItHappened() {
        tagging.open(2, 0, () -> { });
        tagging.tagCurrent(claim);
        tagging.tagCurrent(response);
        assertEquals(2, state.currentProperty().get());
        tagging.undo();
        assertNull(state.rows().get(1).labelId());
        assertEquals(1, state.currentProperty().get(), "the cursor goes to the undone sentence");
        tagging.undo();
        assertNull(state.rows().get(0).labelId());
        assertEquals(0, state.taggedProperty().get());
        tagging.redo();
        assertEquals(claim.id(), state.rows().get(0).labelId());
        assertEquals(claim.id(), storedLabel(2, 0));
        assertEquals(SaveStatus.State.SAVED, tagging.status().stateProperty().get());
    }

    @Test
    void anUndoInAnotherDocumentIsHandedToTheWindow() {
        tagging.open(1, TaggingViewModel.ARTICLE_START, () -> { });
        tagging.tagCurrent(claim);
        tagging.open(2, 0, () -> { });
        List<Change> elsewhere = new ArrayList<>();
        tagging.onChangeElsewhere(elsewhere::add);
        tagging.undo();
        assertEquals(1, elsewhere.size());
        assertEquals(1L, elsewhere.get(0).documentId());
        assertEquals(0, state.taggedProperty().get(), "the open document is untouched");
        assertEquals(2L, state.documentProperty().get().id());
    }

    @Test
    void aChangeOfManySentencesReloadsTheOpenArticleThenHandsOnItsResult() {
        tagging.open(2, 3, () -> { });
        long first = state.rows().get(0).sentence().id();
        long second = state.rows().get(1).sentence().id();
        int[] written = {-1};
        tagging.changeMany(service -> service.fillEmpty(java.util.Map.of(first, claim.id(), second, response.id())),
                n -> written[0] = n);
        assertEquals(2, written[0]);
        assertEquals(claim.id(), state.rows().get(0).labelId(), "reloaded from the library");
        assertEquals(response.id(), state.rows().get(1).labelId());
        assertEquals(3, state.currentProperty().get(), "the cursor stays");
        assertEquals(2, state.taggedProperty().get());
    }

    @Test
    void clearingClosesTheDocumentAndTellsTheViews() {
        tagging.open(2, 0, () -> { });
        int[] shown = {0};
        tagging.onShown(() -> shown[0]++);
        tagging.clear();
        assertEquals(1, shown[0]);
        assertNull(state.documentProperty().get());
        assertEquals(0, state.taggedProperty().get());
        assertEquals(0, tagging.included());
    }
}
