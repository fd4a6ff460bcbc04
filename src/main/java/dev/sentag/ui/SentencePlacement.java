package dev.sentag.ui;

import dev.sentag.model.Sentence;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Where the article view puts a sentence it reveals: in the band {@link ArticleView#scrollNeeded} asks for (a fifth of
 * the view clear above and below). Moves are handed to the flow as regions of a paragraph, which it places exactly and
 * stops at the article's ends; a scroll by pixels went by estimated paragraph heights, and far down a long article it
 * could overshoot the end (or go the wrong way), carry the sentence out of view and cost more layout passes.
 */
final class SentencePlacement {
    /** Pixels added round the band, so a sentence lands inside it rather than on its edge. */
    static final double SLACK = 4;
    private final StyleClassedTextArea area;

    SentencePlacement(StyleClassedTextArea area) {
        this.area = area;
    }

    /** Shows the paragraph with its top at the band's top: one layout pass for a jump to a sentence far off screen. */
    void paragraphAtBandTop(int paragraph) {
        var insets = area.getInsets();
        double bandTop = area.getHeight() / 5 - insets.getTop() + SLACK;
        double viewport = area.getHeight() - insets.getTop() - insets.getBottom();
        area.showParagraphRegion(paragraph, new BoundingBox(0, -bandTop, 1, Math.max(1, viewport - 1)));
    }

    /** Moves the view so the laid-out {@code sentence} (its bounds on screen) sits in the band of {@code view}. */
    void placeInBand(Sentence s, Bounds sentence, Bounds view) {
        int paragraph = area.offsetToPosition(s.start(), Bias.Forward).getMajor();
        int paragraphStart = area.getAbsolutePosition(paragraph, 0);
        var firstLine = area.getCharacterBoundsOnScreen(paragraphStart, paragraphStart + 1);
        if (firstLine.isEmpty()) {
            area.scrollYBy(ArticleView.scrollNeeded(sentence, view));
            return;
        }
        var insets = area.getInsets();
        double viewport = view.getHeight() - insets.getTop() - insets.getBottom();
        // A few pixels more than the band: the paragraph's first line and its box's top differ by a pixel or two.
        double margin = view.getHeight() / 5 + SLACK;
        // The band in the paragraph's own coordinates; a sentence taller than the band keeps its top at the band's top.
        double top = sentence.getMinY() - firstLine.get().getMinY() - (margin - insets.getTop());
        double bottom = Math.min(sentence.getMaxY() - firstLine.get().getMinY() + margin - insets.getBottom(),
                top + viewport - 1);
        area.showParagraphRegion(paragraph, new BoundingBox(0, top, 1, Math.max(1, bottom - top)));
    }

    /**
     * Whether the view already shows the article's edge in the direction of a scroll by {@code by} (up: the top of its
     * first paragraph, down: the end of its last), so there is nothing to scroll to: opening an article at its first
     * sentence would otherwise cost a layout pass that moves nothing.
     */
    boolean shownToTheEnd(double by, Bounds view) {
        var insets = area.getInsets();
        var edge = area.getParagraphBoundsOnScreen(by < 0 ? 0 : area.getParagraphs().size() - 1);
        return edge.isPresent() && (by < 0
                ? edge.get().getMinY() >= view.getMinY() + insets.getTop() - SLACK
                : edge.get().getMaxY() <= view.getMaxY() - insets.getBottom() + SLACK);
    }
}
