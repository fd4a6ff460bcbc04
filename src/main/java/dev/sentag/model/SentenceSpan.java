package dev.sentag.model;

/** Where a sentence sits in its document's text: UTF-16 indexes, end exclusive. */
public record SentenceSpan(int start, int end) {
    public SentenceSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
        }
    }
}
