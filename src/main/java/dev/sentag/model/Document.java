package dev.sentag.model;

import java.time.Instant;
import java.util.Objects;

/** An imported article: its full text is the ground truth every sentence offset points into. */
public record Document(long id, String title, String source, String text, String contentHash, Instant importedAt) {
    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
