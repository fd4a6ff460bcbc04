package dev.sentag.segment;

/** Small allocation-free queries about the words around a candidate boundary. */
final class Tokens {

    /**
     * Longest token the scanner looks back or ahead over. Words and abbreviations are far shorter;
     * the cap keeps the scan linear on long runs without spaces (URLs, base64, dot leaders).
     */
    static final int MAX_TOKEN = 64;

    private Tokens() {
    }

    /**
     * Start of the whitespace-delimited token that ends at {@code end}, not before {@code floor},
     * skipping leading opening quotes and brackets ("(e.g." gives "e.g.").
     */
    static int tokenStart(CharSequence text, int floor, int end) {
        int k = end;
        int limit = Math.max(floor, end - MAX_TOKEN);
        while (k > limit && !Punctuation.isSpace(text.charAt(k - 1))) {
            k--;
        }
        while (k < end && Punctuation.isOpener(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Start of the word before the token at {@code tokenStart}, or -1 if there is none. */
    static int previousWordStart(CharSequence text, int floor, int tokenStart) {
        int k = tokenStart;
        int limit = Math.max(floor, tokenStart - MAX_TOKEN);
        while (k > limit && !Punctuation.isSpace(text.charAt(k - 1))) {
            k--;
        }
        while (k > limit && Punctuation.isSpace(text.charAt(k - 1))) {
            k--;
        }
        if (k <= limit) {
            return -1;
        }
        return tokenStart(text, floor, k);
    }

    /** First offset in [from, to) that is not a space within the line, or {@code to}. */
    static int skipSpaces(CharSequence text, int from, int to) {
        int k = from;
        while (k < to && Punctuation.isInlineSpace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Number of whitespace-separated words in text[from, to). */
    static int countWords(CharSequence text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int k = from; k < to; k++) {
            boolean space = Punctuation.isSpace(text.charAt(k));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * Whether text[from, to), trimmed, is only a list marker: an optional bullet, then one to
     * three digits, a single letter or a short lower-case roman numeral ("1", "• 9", "a", "iv").
     * Such a sentence cannot end yet.
     */
    static boolean isMarkerOnly(CharSequence text, int from, int to) {
        int k = skipSpaces(text, from, to);
        if (k < to && Punctuation.isBullet(text.charAt(k))) {
            k = skipSpaces(text, k + 1, to);
        }
        int start = k;
        while (k < to && k - start < 3 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            k++;
        }
        if (k == start && k < to && Character.isLetter(text.charAt(k))) {
            k++;
            while (k < to && k - start < 4 && isLowerRoman(text.charAt(k)) && isLowerRoman(text.charAt(start))) {
                k++;
            }
        }
        return k > start && k == to;
    }

    private static boolean isLowerRoman(char c) {
        return c == 'i' || c == 'v' || c == 'x';
    }

    /**
     * Whether a sentence may start with {@code c}: not a lowercase letter, not punctuation that
     * continues a clause (", ; :") and not a dash.
     */
    static boolean canStartSentence(char c) {
        if (Character.isLowerCase(c) || Punctuation.isContinuation(c)) {
            return false;
        }
        return c != '-' && c != '\u2013' && c != '\u2014';
    }
}
