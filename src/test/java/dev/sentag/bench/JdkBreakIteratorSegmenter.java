package dev.sentag.bench;

import dev.sentag.segment.SentenceSegmenter;
import dev.sentag.segment.Span;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Baseline: the JDK's {@code BreakIterator.getSentenceInstance(Locale.ENGLISH)}. */
final class JdkBreakIteratorSegmenter implements SentenceSegmenter {

    @Override
    public List<Span> segment(CharSequence text) {
        // BreakIterator is stateful and not thread-safe: one per call, as the interface asks.
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text.toString());
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
