package dev.sentag.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.sentag.segment.SentenceSegmenter;
import dev.sentag.segment.Span;
import java.util.Arrays;
import java.util.List;

/**
 * Baseline: ICU4J's sentence BreakIterator for a locale, e.g. {@code en} or {@code en@ss=standard}
 * (the CLDR suppressions that keep "Mr." and similar abbreviations from ending a sentence).
 */
final class IcuBreakIteratorSegmenter implements SentenceSegmenter {

    private final BreakIterator prototype;

    IcuBreakIteratorSegmenter(ULocale locale) {
        this.prototype = BreakIterator.getSentenceInstance(locale);
    }

    @Override
    public List<Span> segment(CharSequence text) {
        // Cloning the prototype is cheap; building an instance per call would dominate the timing.
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text);
        int[] breaks = new int[16];
        int count = 0;
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            if (count == breaks.length) {
                breaks = Arrays.copyOf(breaks, count * 2);
            }
            breaks[count++] = b;
        }
        return TrimmedSpans.betweenBreaks(text, breaks, count);
    }
}
