package dev.sentag.model;

import java.util.Objects;

/**
 * A tag that came with an imported document (from a Sentag export): whose, on which sentence, which label,
 * and whether its annotator marked it unsure.
 */
public record ImportedTag(int sentenceIndex, String annotator, String label, String note, boolean unsure) {
    public ImportedTag(int sentenceIndex, String annotator, String label, String note) {
        this(sentenceIndex, annotator, label, note, false);
    }

    public ImportedTag {
        Objects.requireNonNull(annotator, "annotator");
        if (sentenceIndex < 0 || annotator.isBlank()) {
            throw new IllegalArgumentException("a tag needs a sentence and an annotator");
        }
    }
}
