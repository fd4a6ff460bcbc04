package dev.sentag.model;

import java.util.Objects;

/** A tag that came with an imported document (from a Sentag export): whose, on which sentence, which label. */
public record ImportedTag(int sentenceIndex, String annotator, String label, String note) {
    public ImportedTag {
        Objects.requireNonNull(annotator, "annotator");
        if (sentenceIndex < 0 || annotator.isBlank()) {
            throw new IllegalArgumentException("a tag needs a sentence and an annotator");
        }
    }
}
