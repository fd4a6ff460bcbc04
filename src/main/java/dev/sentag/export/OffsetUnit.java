package dev.sentag.export;

import java.util.Arrays;
import java.util.Locale;

/** What a character offset counts, for formats whose readers disagree on it (doccano). */
public enum OffsetUnit {
    /** UTF-16 code units: Java's and JavaScript's string indexes, what Sentag stores. */
    UTF16("UTF-16 units (doccano's default)"),
    /** Unicode code points: Python's str indexes. */
    CODEPOINTS("code points (Python)"),
    /** User-perceived characters: Unicode extended grapheme clusters. */
    GRAPHEMES("grapheme clusters");

    private final String description;

    OffsetUnit(String description) {
        this.description = description;
    }

    /** The name typed on the command line: utf16, codepoints, graphemes. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit named {@code id}, ignoring case; a one-line message naming the choices otherwise. */
    public static OffsetUnit byId(String id) {
        return Arrays.stream(values()).filter(u -> u.id().equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--offsets takes one of "
                        + Arrays.stream(values()).map(OffsetUnit::id).toList() + ", not '" + id + "'."));
    }

    @Override
    public String toString() {
        return description;
    }
}
