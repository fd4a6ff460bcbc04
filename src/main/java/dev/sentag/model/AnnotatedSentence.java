package dev.sentag.model;

import java.time.Instant;

/**
 * A sentence with one annotator's tag on it, as exports write it. Label, note and times may be null;
 * {@code excluded} marks web residue the user set aside.
 */
public record AnnotatedSentence(long documentId, String documentTitle, int index, int start, int end, String text,
                                String label, String annotator, String note, Instant updatedAt, boolean excluded) {
    /** A sentence that is not excluded. */
    public AnnotatedSentence(long documentId, String documentTitle, int index, int start, int end, String text,
                             String label, String annotator, String note, Instant updatedAt) {
        this(documentId, documentTitle, index, start, end, text, label, annotator, note, updatedAt, false);
    }
}
