package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.model.Label;
import dev.sentag.model.Tag;
import dev.sentag.store.StoreFaults;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merge, split and exclude through the repair commands, with the user's answers scripted instead of dialogs; the
 * database work runs on the test thread, so the library shows the result when the call returns.
 */
class SentenceRepairsTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private TaggingViewModel tagging;
    private final List<String> notices = new ArrayList<>();
    private final Script ask = new Script();

    /** The user's answers, and what the repair asked. */
    private static final class Script implements SentenceRepairs.Questions {
        boolean agree = true;
        Optional<String> label = Optional.empty();
        OptionalInt offset = OptionalInt.empty();
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean confirm(String action, List<String> others) {
            asked.add(action + " " + others);
            return others.isEmpty() || agree;
        }

        @Override
        public Optional<String> mergeLabel(List<Label> differing) {
            asked.add("label " + differing.stream().map(Label::name).toList());
            return label;
        }

        @Override
        public OptionalInt splitPosition(String sentence) {
            asked.add("split at?");
            return offset;
        }
    }

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(SeedFiles.second());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** Opens the window's model as {@code annotator} at sentence {@code index}. */
    private void openAs(String annotator, int index) {
        ws.annotation().actAs(annotator);
        Background now = new Background(Runnable::run, Runnable::run);
        tagging = new TaggingViewModel(ws.annotation(), now, ws.annotation().labels());
        tagging.onNotice(notices::add);
        tagging.open(1, index, () -> { });
    }

    private int storedSentences() {
        return ws.annotation().open(1).orElseThrow().sentences().size();
    }

    private String storedLabel(int index) {
        var d = ws.annotation().open(1).orElseThrow();
        Tag t = d.tags().get(d.sentences().get(index).id());
        return t == null || t.labelId() == null ? null
                : ws.annotation().labels().byId(t.labelId()).orElseThrow().name();
    }

    @Test
    void mergeWithNoOneElseTouchedAsksNothingAndShowsTheMergedSentence() {
        openAs("ana", 2);
        int before = storedSentences();
        String joined = tagging.rows().get(2).sentence().text() + " " + tagging.rows().get(3).sentence().text();
        tagging.repairs().mergeWithNext(ask);
        assertEquals(List.of("Merge []"), ask.asked);
        assertEquals(before - 1, storedSentences());
        assertEquals(before - 1, tagging.rows().size(), "the open article shows it at once");
        assertEquals(2, tagging.currentProperty().get());
        assertEquals(joined.replaceAll("\\s+", " "), tagging.rows().get(2).sentence().text().replaceAll("\\s+", " "));
        assertEquals(SaveStatus.State.SAVED, tagging.status().stateProperty().get());
    }

    @Test
    void mergeTouchingAnotherAnnotatorsTagsNeedsTheUsersYes() {
        ws.annotation().actAs("ben");
        ws.annotation().tag(1, 3, "Claim");
        openAs("ana", 2);
        int before = storedSentences();
        ask.agree = false;
        tagging.repairs().mergeWithNext(ask);
        assertEquals(List.of("Merge [ben]"), ask.asked);
        assertEquals(before, storedSentences(), "refused: nothing changes");

        ask.agree = true;
        tagging.repairs().mergeWithNext(ask);
        assertEquals(before - 1, storedSentences());
        assertEquals(before - 1, tagging.rows().size());
    }

    @Test
    void ownDifferingLabelsAskWhichOneTheMergedSentenceKeeps() {
        ws.annotation().actAs("ana");
        ws.annotation().tag(1, 0, "Claim");
        ws.annotation().tag(1, 1, "Response");
        openAs("ana", 0);
        int before = storedSentences();
        tagging.repairs().mergeWithNext(ask); // the user cancels the label question
        assertEquals(List.of("Merge []", "label [Claim, Response]"), ask.asked);
        assertEquals(before, storedSentences(), "a cancelled question changes nothing");
        assertEquals(SaveStatus.State.SAVED, tagging.status().stateProperty().get(), "a question is no failure");

        ask.label = Optional.of("Response");
        tagging.repairs().mergeWithNext(ask);
        assertEquals(before - 1, storedSentences());
        assertEquals("Response", storedLabel(0));
        assertEquals(ws.annotation().labels().byName("Response").orElseThrow().id(), tagging.rows().get(0).labelId());
    }

    @Test
    void anotherAnnotatorsDifferingPartsAreLeftUntaggedAndTheUserIsTold() {
        ws.annotation().actAs("ben");
        ws.annotation().tag(1, 0, "Claim");
        ws.annotation().tag(1, 1, "Response");
        openAs("ana", 0);
        tagging.repairs().mergeWithNext(ask);
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("1 other annotator(s) had tagged the parts differently"), notices.get(0));
    }

    @Test
    void splitAsksWhereAndBothPartsKeepTheTag() {
        ws.annotation().actAs("ana");
        ws.annotation().tag(1, 0, "Claim");
        openAs("ana", 0);
        int before = storedSentences();
        String text = tagging.rows().get(0).sentence().text();
        int cut = text.indexOf(' ', text.length() / 2) + 1;
        tagging.repairs().splitCurrent(ask); // cancelled
        assertEquals(before, storedSentences());

        ask.offset = OptionalInt.of(cut);
        tagging.repairs().splitCurrent(ask);
        assertEquals(List.of("Split []", "split at?", "Split []", "split at?"), ask.asked);
        assertEquals(before + 1, storedSentences());
        assertEquals("Claim", storedLabel(0));
        assertEquals("Claim", storedLabel(1));
        assertEquals(text.substring(cut).strip(), tagging.rows().get(1).sentence().text().strip());
    }

    @Test
    void excludingTurnsTheSentenceIntoResidueAndBack() {
        openAs("ana", 1);
        int included = tagging.included();
        tagging.toggleExcludedCurrent();
        assertTrue(tagging.rows().get(1).sentence().excluded());
        assertEquals(included - 1, tagging.included());
        tagging.toggleExcludedCurrent();
        assertEquals(included, tagging.included());
    }

    @Test
    void aRepairTheDatabaseRefusesIsReportedAndChangesNothingOnScreen() {
        openAs("ana", 2);
        int before = storedSentences();
        StoreFaults.readOnly(ws.database());
        tagging.repairs().mergeWithNext(ask);
        assertEquals(SaveStatus.State.FAILED, tagging.status().stateProperty().get());
        String message = tagging.status().messageProperty().get();
        assertTrue(message.startsWith("Sentences not changed: ") && message.contains("read-only"), message);
        StoreFaults.writable(ws.database());
        assertEquals(before, storedSentences());
        assertEquals(before, tagging.rows().size());
    }

    @Test
    void nothingToMergeAfterTheLastSentence() {
        openAs("ana", 0);
        int last = tagging.rows().size() - 1;
        tagging.moveTo(last);
        tagging.repairs().mergeWithNext(ask);
        assertEquals(last + 1, storedSentences());
        assertNull(storedLabel(last));
    }
}
