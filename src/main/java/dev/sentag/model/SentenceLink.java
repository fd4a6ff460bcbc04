package dev.sentag.model;

import java.util.Objects;

/**
 * A link from one current sentence of a document to another, by sentence id and position, with its type and
 * the annotator who made it.
 */
public record SentenceLink(long fromId, int fromIndex, long toId, int toIndex, String type, String annotator) {
    public SentenceLink {
        Objects.requireNonNull(type, "type");
        if (fromId == toId) {
            throw new IllegalArgumentException("a sentence cannot link to itself");
        }
    }
}
