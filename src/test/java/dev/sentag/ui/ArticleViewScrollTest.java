package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

/** Where the article scrolls to when the cursor moves: the current sentence keeps context round it. */
class ArticleViewScrollTest {
    private static final Bounds VIEW = new BoundingBox(0, 0, 600, 500);

    private static Bounds sentence(double top, double height) {
        return new BoundingBox(0, top, 500, height);
    }

    @Test
    void sentenceWellInsideTheViewDoesNotScroll() {
        assertEquals(0, ArticleView.scrollNeeded(sentence(200, 60), VIEW));
    }

    @Test
    void sentenceNearTheBottomScrollsUpToLeaveAFifthBelow() {
        assertEquals(60, ArticleView.scrollNeeded(sentence(380, 80), VIEW));
    }

    @Test
    void sentenceAboveTheBandScrollsDownToLeaveAFifthAbove() {
        assertEquals(-70, ArticleView.scrollNeeded(sentence(30, 40), VIEW));
    }

    @Test
    void sentenceTallerThanTheBandStartsAtItsTop() {
        assertEquals(50, ArticleView.scrollNeeded(sentence(150, 400), VIEW));
    }
}
