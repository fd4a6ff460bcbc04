package dev.sentag.model;

import java.util.Objects;

/** A person who tags; every tag belongs to one. */
public record Annotator(long id, String name) {
    /** The annotator adjudicated tags are written as: the gold set. Agreement leaves it out unless named. */
    public static final String GOLD = "gold";

    public Annotator {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an annotator needs a name");
        }
    }
}
