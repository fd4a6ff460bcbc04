package dev.sentag.model;

import java.util.List;
import java.util.Objects;

/**
 * One document with all its current sentences as one annotator tagged them, as exports read it; metadata
 * is the JSON object text stored with the document, or null.
 */
public record AnnotatedDocument(long id, String title, String text, String metadata, List<AnnotatedSentence> sentences) {
    public AnnotatedDocument {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }
}
