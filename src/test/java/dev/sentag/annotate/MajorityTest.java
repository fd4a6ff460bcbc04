package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-key "accept majority" decides only when one label was chosen more often than any other. */
class MajorityTest {
    @Test
    void theLabelChosenMostOftenWins() {
        assertEquals(new Majority.Decided(2, 2, 3), Majority.of(List.of(2L, 1L, 2L)));
        assertEquals(new Majority.Decided(1, 1, 1), Majority.of(List.of(1L)), "one vote is a majority of one");
    }

    @Test
    void aTieIsLeftToAPerson() {
        assertEquals(new Majority.Tie(List.of(1L, 3L)), Majority.of(List.of(3L, 1L)));
        assertEquals(new Majority.Tie(List.of(1L, 2L)), Majority.of(List.of(1L, 2L, 2L, 1L, 3L)));
    }

    @Test
    void noLabelIsNoVote() {
        assertEquals(new Majority.None(), Majority.of(List.of()));
        assertEquals(new Majority.None(), Majority.of(Arrays.asList(null, null)));
        assertEquals(new Majority.Decided(2, 1, 1), Majority.of(Arrays.asList(null, 2L)));
    }
}
