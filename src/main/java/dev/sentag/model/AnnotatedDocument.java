package dev.sentag.model;

import java.util.List;
import java.util.Objects;

/**
 * One document with all its current sentences as one annotator tagged them (and their links and speakers),
 * as exports read it; metadata
 * is the JSON object text stored with the document, or null.
 */
public record AnnotatedDocument(long id, String title, String text, String metadata, List<AnnotatedSentence> sentences,
                                DocumentLinks links) {
    public AnnotatedDocument {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        links = links == null ? DocumentLinks.NONE : links;
    }

    /** A document without links or speakers. */
    public AnnotatedDocument(long id, String title, String text, String metadata, List<AnnotatedSentence> sentences) {
        this(id, title, text, metadata, sentences, DocumentLinks.NONE);
    }
}
