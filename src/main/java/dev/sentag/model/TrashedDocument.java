package dev.sentag.model;

import java.time.Instant;
import java.util.Objects;

/** A document in the trash: deleted, with its sentences and everyone's tags kept until it is taken back. */
public record TrashedDocument(long id, String title, Instant deletedAt, int sentences, int tags) {
    public TrashedDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }
}
