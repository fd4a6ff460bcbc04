package dev.sentag.bench;

import dev.sentag.segment.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a baseline's raw sentence ranges into spans shaped like Sentag's: whitespace at either end
 * left out (as {@link String#strip()} counts it) and whitespace-only ranges dropped.
 */
final class TrimmedSpans {

    private TrimmedSpans() {
    }

    /** Adds [start, end) of {@code text}, trimmed, to {@code spans} unless it is only whitespace. */
    static void addTrimmed(CharSequence text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            spans.add(new Span(start, end));
        }
    }

    /** The trimmed ranges between consecutive break offsets (first 0, last the text length). */
    static List<Span> betweenBreaks(CharSequence text, int[] breaks, int count) {
        List<Span> spans = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            addTrimmed(text, breaks[i - 1], breaks[i], spans);
        }
        return spans;
    }
}
