package dev.sentag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sentag.segment.GoldCase;
import dev.sentag.segment.SentenceSegmenter;
import dev.sentag.segment.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Boundary precision, recall and F1 on small inputs whose counts are worked out by hand. */
class BoundaryScorerTest {

    private static final double EPS = 1e-9;

    private static GoldCase gold(String text, String... sentences) {
        return new GoldCase("t", text, List.of(sentences), Map.of());
    }

    @Test
    void precisionRecallAndF1FollowFromTheCounts() {
        BoundaryCounts counts = new BoundaryCounts(3, 1, 2);
        assertEquals(0.75, counts.precision(), EPS);
        assertEquals(0.6, counts.recall(), EPS);
        assertEquals(2 * 0.75 * 0.6 / 1.35, counts.f1(), EPS);
    }

    @Test
    void noBoundariesAnywhereIsAPerfectScore() {
        assertEquals(1.0, BoundaryCounts.NONE.f1(), EPS);
        assertEquals(0.0, new BoundaryCounts(0, 2, 3).f1(), EPS);
    }

    @Test
    void goldEndsLeaveOutTheEndOfTheText() {
        assertEquals(Set.of(4, 9), BoundaryScorer.goldEnds(gold("One. Two. Three.\n", "One.", "Two.", "Three.")));
    }

    @Test
    void goldSentenceRejoinedAcrossALineBreakIsFoundIgnoringWhitespace() {
        String text = "It was a cold \nnight in the city. Next.";
        int end = text.indexOf("city.") + "city.".length();
        assertEquals(Set.of(end), BoundaryScorer.goldEnds(gold(text, "It was a cold night in the city.", "Next.")));
    }

    @Test
    void goldSentenceMissingFromTheTextIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> BoundaryScorer.goldEnds(gold("One. Two.", "One.", "Three.")));
    }

    @Test
    void predictedEndAtTheEndOfTheTextIsNotABoundary() {
        List<Span> spans = List.of(new Span(0, 4), new Span(5, 9));
        assertEquals(Set.of(4), BoundaryScorer.predictedEnds("One. Two.  \n", spans));
    }

    @Test
    void countsArePooledOverCases() {
        // Case 1 misses the split after "C d." (1 hit, 1 miss); case 2 splits after "Mr." (1 false split).
        Map<String, List<Span>> predictions = Map.of(
                "A b. C d. E f.", List.of(new Span(0, 4), new Span(5, 14)),
                "Mr. X left.", List.of(new Span(0, 3), new Span(4, 11)));
        SentenceSegmenter segmenter = text -> predictions.get(text.toString());

        BoundaryCounts counts = BoundaryScorer.score(segmenter, List.of(
                gold("A b. C d. E f.", "A b.", "C d.", "E f."),
                gold("Mr. X left.", "Mr. X left.")));

        assertEquals(new BoundaryCounts(1, 1, 1), counts);
        assertEquals(0.5, counts.precision(), EPS);
        assertEquals(0.5, counts.recall(), EPS);
        assertEquals(0.5, counts.f1(), EPS);
    }
}
