package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sentag.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The style classes a sentence of the article gets: its kind, the alternate tint, one mark and the unsure flag. */
class SentenceStylesTest {
    private final SentenceStyles styles = new SentenceStyles();

    private static SentenceRow row(Long label, boolean excluded, boolean unsure) {
        SentenceRow row = new SentenceRow(new Sentence(1, 1, 0, 0, 5, "Text.", excluded), label, null);
        row.unsureProperty().set(unsure);
        return row;
    }

    @Test
    void untaggedSentenceIsUnderlinedOnly() {
        assertEquals(List.of("sentence", "untagged"), styles.of(row(null, false, false), 4, SentenceStyles.Mark.NONE));
    }

    @Test
    void everyOtherLabelledSentenceGetsTheDeeperTint() {
        assertEquals(List.of("sentence", "label-7"), styles.of(row(7L, false, false), 2, SentenceStyles.Mark.NONE));
        assertEquals(List.of("sentence", "label-7", "alt"), styles.of(row(7L, false, false), 3, SentenceStyles.Mark.NONE));
        // Untagged and excluded sentences have no tint to deepen.
        assertEquals(List.of("sentence", "untagged"), styles.of(row(null, false, false), 3, SentenceStyles.Mark.NONE));
    }

    @Test
    void excludedSentenceShowsAsResidueWhateverItsLabel() {
        assertEquals(List.of("sentence", "excluded", "current"),
                styles.of(row(7L, true, false), 3, SentenceStyles.Mark.CURRENT));
    }

    @Test
    void markAndUnsureFollowTheTint() {
        assertEquals(List.of("sentence", "label-2", "alt", "disputed", "unsure"),
                styles.of(row(2L, false, true), 1, SentenceStyles.Mark.DISPUTED));
        assertEquals(List.of("sentence", "untagged", "noted"), styles.of(row(null, false, false), 0, SentenceStyles.Mark.NOTED));
        assertEquals(List.of("sentence", "label-2", "current"), styles.of(row(2L, false, false), 0, SentenceStyles.Mark.CURRENT));
    }

    @Test
    void sentencesAlikeShareOneList() {
        var first = styles.of(row(5L, false, true), 1, SentenceStyles.Mark.NOTED);
        assertSame(first, styles.of(row(5L, false, true), 9, SentenceStyles.Mark.NOTED));
        assertEquals(List.of("sentence", "label-5", "alt", "noted", "unsure"), first);
    }
}
