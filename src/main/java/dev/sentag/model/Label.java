package dev.sentag.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** A tag a sentence can carry, with the key that applies it and its display colour (#RRGGBB). */
public record Label(long id, String name, String key, String colour, int order) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Label {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a label needs a name");
        }
        if (key != null && key.length() != 1) {
            throw new IllegalArgumentException("a label key is one character, not '" + key + "'");
        }
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("label colour must look like #E69F00, not " + colour);
        }
    }
}
