package dev.sentag.segment;

/** Character classes the sentence scanner relies on; all checks are allocation-free. */
final class Punctuation {

    static final char ELLIPSIS = '\u2026';

    private Punctuation() {
    }

    /** Characters that can end a sentence. */
    static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == ELLIPSIS;
    }

    /** Closing quotes and brackets: they belong to the sentence they close. */
    static boolean isCloser(char c) {
        return switch (c) {
            case '"', '\'', '\u201D', '\u2019', '\u00BB', '\u203A', ')', ']', '}' -> true;
            default -> false;
        };
    }

    /** Opening quotes and brackets that may precede the first word of a sentence. */
    static boolean isOpener(char c) {
        return switch (c) {
            case '"', '\'', '\u201C', '\u2018', '\u00AB', '\u2039', '(', '[', '{', '\u201E' -> true;
            default -> false;
        };
    }

    /**
     * Whitespace as far as sentence spans are concerned: Java whitespace plus the no-break spaces
     * that scraped news text is full of (Character.isWhitespace excludes them on purpose).
     */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\uFEFF';
    }

    /** Whitespace that does not end a line. */
    static boolean isInlineSpace(char c) {
        return isSpace(c) && !isLineBreak(c);
    }

    /**
     * Whether the scanner must look at {@code c}: terminal punctuation, the ')' of list markers
     * and line breaks. Checked for every character, so ASCII goes through a table.
     */
    static boolean isScanStop(char c) {
        if (c < 128) {
            return SCAN_STOPS[c];
        }
        return c == ELLIPSIS || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static final boolean[] SCAN_STOPS = new boolean[128];

    static {
        for (char c : ".?!)\n\r\u000B\u000C".toCharArray()) {
            SCAN_STOPS[c] = true;
        }
    }

    /** Line terminators: a line break always ends a sentence. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085'
                || c == '\u000B' || c == '\u000C';
    }

    /** Bullets that may introduce a list item. */
    static boolean isBullet(char c) {
        return switch (c) {
            case '\u2022', '\u2043', '\u25E6', '\u25AA', '\u25CF', '\u00B7', '\u2023', '-', '*', '\u2013',
                    '\u2014' -> true;
            default -> false;
        };
    }

    /**
     * Punctuation after which a sentence obviously continues (", ;" etc.), so a preceding period
     * cannot have ended one.
     */
    static boolean isContinuation(char c) {
        return c == ',' || c == ';' || c == ':' || c == '%';
    }
}
