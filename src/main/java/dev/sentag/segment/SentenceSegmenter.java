package dev.sentag.segment;

import java.util.List;

/**
 * Splits text into sentences.
 *
 * <p>Implementations are pure functions of the text: no I/O, no state between calls, safe to share
 * between threads. Every returned span is non-empty, starts and ends on a non-whitespace character,
 * spans are in text order and do not overlap; whitespace between sentences belongs to none.
 */
public interface SentenceSegmenter {

    /** The sentences of {@code text} as offsets into it. */
    List<Span> segment(CharSequence text);
}
