package dev.sentag.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One document with all its current sentences as one annotator tagged them (and their links and speakers), as
 * exports read it; metadata is the JSON object text stored with the document, or null. {@code source} (the file
 * path or URL it was imported from) and {@code importedAt} are its provenance; either may be null (pasted text
 * has no source).
 */
public record AnnotatedDocument(long id, String title, String text, String metadata, List<AnnotatedSentence> sentences,
                                String source, Instant importedAt, DocumentLinks links) {
    public AnnotatedDocument {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        links = links == null ? DocumentLinks.NONE : links;
    }

    /** A document without links or speakers. */
    public AnnotatedDocument(long id, String title, String text, String metadata, List<AnnotatedSentence> sentences,
                             String source, Instant importedAt) {
        this(id, title, text, metadata, sentences, source, importedAt, DocumentLinks.NONE);
    }

    /** A document whose provenance is not known, without links or speakers. */
    public AnnotatedDocument(long id, String title, String text, String metadata, List<AnnotatedSentence> sentences) {
        this(id, title, text, metadata, sentences, null, null, DocumentLinks.NONE);
    }
}
