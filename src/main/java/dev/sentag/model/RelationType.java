package dev.sentag.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** A kind of link between two sentences (default {@code responds_to}), edited like a label: name, key, colour. */
public record RelationType(long id, String name, String key, String colour, int order) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public RelationType {
        Objects.requireNonNull(name, "name");
        // Every export format takes the type as a bare token (brat's annotation.conf, WebAnno TSV): no spaces.
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a link type is one word of letters, digits, _ or -, not '" + name + "'");
        }
        if (key != null && key.length() != 1) {
            throw new IllegalArgumentException("a link type key is one character, not '" + key + "'");
        }
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("link type colour must look like #0072B2, not " + colour);
        }
    }
}
