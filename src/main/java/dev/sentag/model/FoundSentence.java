package dev.sentag.model;

/**
 * A sentence a find turned up: where it is, its text, and the annotator's label, note and speaker (null when none)
 * and whether they marked their label unsure.
 */
public record FoundSentence(long documentId, String documentTitle, long sentenceId, int index, String label,
                            String annotator, String note, String text, boolean excluded, String speaker,
                            boolean unsure) {
}
