package dev.sentag.model;

import java.util.Objects;

/** One sentence of a document, with its position in the document and its text. */
public record Sentence(long id, long documentId, int index, int start, int end, String text) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad sentence " + index + " [" + start + ", " + end + ")");
        }
    }
}
