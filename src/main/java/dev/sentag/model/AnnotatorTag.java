package dev.sentag.model;

/** Another annotator's tag on a sentence, as the comparison in the sidebar shows it. */
public record AnnotatorTag(long sentenceId, String annotator, Long labelId, String note) {
}
