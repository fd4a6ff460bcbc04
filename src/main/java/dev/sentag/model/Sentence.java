package dev.sentag.model;

import java.util.Objects;

/**
 * One sentence of a document, with its position in the document and its text. An excluded sentence is
 * web residue (a banner, a "Read more" link): kept in the document, but skipped when tagging and exporting.
 */
public record Sentence(long id, long documentId, int index, int start, int end, String text, boolean excluded) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad sentence " + index + " [" + start + ", " + end + ")");
        }
    }

    /** An included sentence. */
    public Sentence(long id, long documentId, int index, int start, int end, String text) {
        this(id, documentId, index, start, end, text, false);
    }
}
