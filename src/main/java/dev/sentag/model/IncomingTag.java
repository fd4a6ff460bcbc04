package dev.sentag.model;

import java.util.Objects;

/**
 * A tag from another annotator's export, already matched to a stored sentence: whose, which label, which note,
 * and whether that annotator marked it unsure.
 */
public record IncomingTag(long sentenceId, String annotator, String label, String note, boolean unsure) {
    public IncomingTag(long sentenceId, String annotator, String label, String note) {
        this(sentenceId, annotator, label, note, false);
    }

    public IncomingTag {
        Objects.requireNonNull(annotator, "annotator");
        if (annotator.isBlank()) {
            throw new IllegalArgumentException("a tag needs an annotator");
        }
    }
}
