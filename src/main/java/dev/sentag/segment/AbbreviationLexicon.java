package dev.sentag.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known abbreviations and how a period after each behaves; loaded from {@code abbreviations.txt}
 * (see the header of that file for the categories and matching rules).
 */
final class AbbreviationLexicon {

    /** How a period after an abbreviation behaves when a capitalised word follows. */
    enum Kind {
        /** Never ends a sentence: titles before a name, "e.g.", "vs.". */
        NON_FINAL,
        /**
         * A title or place prefix ("St. Louis", "Dr. Smith") that never ends a sentence, unless a
         * capitalised word or a number comes before it ("Main St.", "42nd St."): then it is an
         * address or unit abbreviation and behaves as {@link #MAY_END}.
         */
        PLACE_OR_TITLE,
        /** Does not end a sentence before a number ("No. 5"); otherwise an ordinary word. */
        BEFORE_NUMBER,
        /** Ends a sentence only before a typical sentence starter ("in the U.S. The ..."). */
        MAY_END
    }

    private final TokenTable<Kind> anyCase;
    private final TokenTable<Kind> exactCase;
    /** Longest key: longer tokens (most sentence-final words) skip the table lookups. */
    private final int maxKeyLength;

    private AbbreviationLexicon(Map<String, Kind> anyCase, Map<String, Kind> exactCase) {
        this.anyCase = new TokenTable<>(anyCase, true);
        this.exactCase = new TokenTable<>(exactCase, false);
        int max = 0;
        for (String key : anyCase.keySet()) {
            max = Math.max(max, key.length());
        }
        for (String key : exactCase.keySet()) {
            max = Math.max(max, key.length());
        }
        this.maxKeyLength = max;
    }

    /** Parses resource {@code name}: "[section]" headers followed by entries ending in a period. */
    static AbbreviationLexicon load(String name) {
        List<String> lines = LexiconResource.lines(name);
        Map<String, Kind> anyCase = new HashMap<>();
        Map<String, Kind> exactCase = new HashMap<>();
        Kind section = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                section = sectionKind(line.substring(1, line.length() - 1), name);
                continue;
            }
            if (section == null) {
                throw new IllegalStateException(name + ": entry before any [section]: " + line);
            }
            // Keys are stored without the final period: the scanner looks up the token before it.
            String key = line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
            if (key.equals(key.toLowerCase(Locale.ROOT))) {
                anyCase.put(key, section);
            } else {
                exactCase.put(key, section);
                exactCase.put(key.toUpperCase(Locale.ROOT), section);
            }
        }
        return new AbbreviationLexicon(anyCase, exactCase);
    }

    private static Kind sectionKind(String section, String name) {
        return switch (section) {
            case "non-final" -> Kind.NON_FINAL;
            case "place-or-title" -> Kind.PLACE_OR_TITLE;
            case "before-number" -> Kind.BEFORE_NUMBER;
            case "may-end" -> Kind.MAY_END;
            default -> throw new IllegalStateException(name + ": unknown section [" + section + "]");
        };
    }

    /**
     * The kind of the abbreviation text[start, end) (the token before a period, without that
     * period), or null when it is not a known abbreviation.
     */
    Kind kind(CharSequence text, int start, int end) {
        if (start >= end) {
            return null;
        }
        if (end - start > maxKeyLength) {
            return isDottedAcronym(text, start, end) ? Kind.MAY_END : null;
        }
        Kind kind = exactCase.get(text, start, end);
        if (kind == null) {
            kind = anyCase.get(text, start, end);
        }
        if (kind != null) {
            return kind;
        }
        return isDottedAcronym(text, start, end) ? Kind.MAY_END : null;
    }

    /** "D.C", "N.Y", "u.s.a": single letters joined by periods (the final period is not included). */
    private static boolean isDottedAcronym(CharSequence text, int start, int end) {
        int n = end - start;
        if (n < 3 || n % 2 == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(start + i);
            boolean ok = (i % 2 == 0) ? Character.isLetter(c) : c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
