package dev.sentag.perf;

import dev.sentag.segment.SentenceSegmenter;
import dev.sentag.segment.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The splitting baseline: a sentence BreakIterator (ICU4J's when it is on the classpath, else the JDK's) whose
 * breaks are turned into trimmed spans, so it returns what Sentag's segmenter returns and does the same work.
 */
final class BreakIteratorSegmenter implements SentenceSegmenter {
    /** The break offsets of one text, in order, ending with -1 (both ICU4J's and the JDK's DONE). */
    interface Breaks {
        int next();
    }

    private final String name;
    private final Function<String, Breaks> breaks;

    private BreakIteratorSegmenter(String name, Function<String, Breaks> breaks) {
        this.name = name;
        this.breaks = breaks;
    }

    /** ICU4J's sentence iterator for English; the JDK's when ICU4J is absent (it is not shipped in the jar). */
    static BreakIteratorSegmenter icuOrJdk() {
        try {
            return new BreakIteratorSegmenter(IcuSentenceBreaks.description(), IcuSentenceBreaks.english());
        } catch (NoClassDefFoundError absent) {
            return jdk();
        }
    }

    static BreakIteratorSegmenter jdk() {
        return new BreakIteratorSegmenter("JDK java.text.BreakIterator (ICU4J not on the classpath;"
                + " run scripts/bench.sh for ICU4J)", text -> {
                    java.text.BreakIterator it = java.text.BreakIterator.getSentenceInstance(Locale.ENGLISH);
                    it.setText(text);
                    return it::next;
                });
    }

    /** What the baseline is, for the table's note. */
    String name() {
        return name;
    }

    @Override
    public List<Span> segment(CharSequence text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        Breaks it = breaks.apply(text.toString());
        for (int end = it.next(); end != -1; end = it.next()) {
            addTrimmed(text, start, end, spans);
            start = end;
        }
        return spans;
    }

    private static void addTrimmed(CharSequence text, int start, int end, List<Span> spans) {
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
}
