package dev.sentag.model;

import java.time.Instant;

/**
 * A sentence with one annotator's tag on it, as exports write it. Label, note and times may be null;
 * {@code excluded} marks web residue the user set aside. {@code codebookVersion} is the codebook version the
 * tag was made under (null when untagged); {@code unsure}: its annotator marked it as one they are not sure of.
 */
public record AnnotatedSentence(long documentId, String documentTitle, int index, int start, int end, String text,
                                String label, String annotator, String note, Instant updatedAt, boolean excluded,
                                Integer codebookVersion, boolean unsure) {
    /** A sentence whose tag carries no codebook version and is not marked unsure. */
    public AnnotatedSentence(long documentId, String documentTitle, int index, int start, int end, String text,
                             String label, String annotator, String note, Instant updatedAt, boolean excluded) {
        this(documentId, documentTitle, index, start, end, text, label, annotator, note, updatedAt, excluded, null, false);
    }

    /** A sentence that is not excluded. */
    public AnnotatedSentence(long documentId, String documentTitle, int index, int start, int end, String text,
                             String label, String annotator, String note, Instant updatedAt) {
        this(documentId, documentTitle, index, start, end, text, label, annotator, note, updatedAt, false);
    }
}
