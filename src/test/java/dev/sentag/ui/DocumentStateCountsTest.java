package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sentag.annotate.OpenDocument;
import dev.sentag.model.Document;
import dev.sentag.model.Sentence;
import dev.sentag.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The open document's counts (tagged, per label, unsure), taken as its rows are made and after each change. */
class DocumentStateCountsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static OpenDocument document() {
        String text = "Banner. One. Two. Three.";
        var sentences = List.of(new Sentence(10, 1, 0, 0, 7, "Banner.", true), new Sentence(11, 1, 1, 8, 12, "One."),
                new Sentence(12, 1, 2, 13, 17, "Two."), new Sentence(13, 1, 3, 18, 24, "Three."));
        // The banner (excluded) is tagged and unsure: it counts for its label, not for the progress or the unsure mark.
        var tags = Map.of(10L, new Tag(10, 1, 5L, null, NOW, NOW, true), 11L, new Tag(11, 1, 5L, "a note", NOW, NOW, true),
                12L, new Tag(12, 1, 6L, null, NOW, NOW, false));
        return new OpenDocument(new Document(1, "T", "t.txt", text, "h", NOW), sentences, tags, List.of());
    }

    @Test
    void openingCountsTheRowsAsTheyAreMade() {
        DocumentState state = new DocumentState();
        int[] unsureSeenByRowsListener = {-1};
        state.rows().addListener((javafx.collections.ListChangeListener<SentenceRow>) c -> unsureSeenByRowsListener[0] = state.unsure());
        state.show(document(), DocumentState.ARTICLE_START);
        assertEquals(3, state.included());
        assertEquals(2, state.taggedProperty().get());
        assertEquals(2, state.count(5));
        assertEquals(1, state.count(6));
        assertEquals(1, state.unsure());
        assertEquals(1, unsureSeenByRowsListener[0], "listeners of the rows read the counts of the new document");
        assertEquals(1, state.currentProperty().get(), "opened on the first sentence of article text");
    }

    @Test
    void aChangedMarkIsCountedBeforeItsListenersHear() {
        DocumentState state = new DocumentState();
        state.show(document(), 0);
        int[] heard = {-1};
        state.onLabelChanged(row -> heard[0] = state.unsure());
        SentenceRow three = state.rows().get(3);
        three.unsureProperty().set(true);
        state.rowChanged(three);
        assertEquals(2, heard[0]);
        state.setLabel(three, 6L);
        assertEquals(3, state.taggedProperty().get());
        assertEquals(2, state.count(6));
        state.setLabel(state.rows().get(1), null);
        assertEquals(2, state.taggedProperty().get());
        assertEquals(1, state.count(5), "the excluded banner keeps its label");
    }
}
