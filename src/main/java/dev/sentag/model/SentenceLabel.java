package dev.sentag.model;

/** One annotator's label on one sentence, as agreement statistics read them. */
public record SentenceLabel(long sentenceId, String annotator, String label) {
}
