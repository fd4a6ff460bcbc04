package dev.sentag.model;

import java.time.Instant;

/** A sentence with one annotator's tag on it, as exports write it. Label, note and times may be null. */
public record AnnotatedSentence(long documentId, String documentTitle, int index, int start, int end, String text,
                                String label, String annotator, String note, Instant updatedAt) {
}
