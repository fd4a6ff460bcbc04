package dev.sentag.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One document with all its current sentences as one annotator tagged them, as exports read it; metadata
 * is the JSON object text stored with the document, or null. {@code source} (the file path or URL it was
 * imported from) and {@code importedAt} are its provenance; either may be null (pasted text has no source).
 */
public record AnnotatedDocument(long id, String title, String text, String metadata, List<AnnotatedSentence> sentences,
                                String source, Instant importedAt) {
    public AnnotatedDocument {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    /** A document whose provenance is not known. */
    public AnnotatedDocument(long id, String title, String text, String metadata, List<AnnotatedSentence> sentences) {
        this(id, title, text, metadata, sentences, null, null);
    }
}
