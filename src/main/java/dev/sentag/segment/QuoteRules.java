package dev.sentag.segment;

/**
 * Quotation-specific boundary knowledge: a question or exclamation closed by a quote and followed
 * by its attribution ("Why?" Smith asked.) belongs to the same sentence as that attribution.
 * (A lowercase attribution, "Why?" she asked, never splits anyway.)
 */
final class QuoteRules {

    private final WordSet speechVerbs;

    QuoteRules(WordSet speechVerbs) {
        this.speechVerbs = speechVerbs;
    }

    /**
     * Whether, after "?" or "!" ending at {@code clusterEnd} and closers up to {@code closersEnd},
     * the text from {@code next} is an attribution: a closing quote was among the closers and the
     * next words are a name followed by a speech verb ("Smith said", "Mr. Smith asked", "eBay
     * asked"): a first word that starts with a letter, then capitalised words.
     */
    boolean isAttribution(CharSequence text, int clusterEnd, int closersEnd, int next, int to) {
        // The caller has found a sentence-like start at next: a capital, or a name written in
        // lower case ("eBay asked", "de Blasio asked"), which is why the first word may be either.
        if (!hasClosingQuote(text, clusterEnd, closersEnd) || !Character.isLetter(text.charAt(next))) {
            return false;
        }
        // Allow a short name of up to three capitalised words ("Mr. John Smith") before the verb.
        int k = next;
        for (int words = 0; words < 4 && k < to; words++) {
            int end = k;
            while (end < to && end - k < Tokens.MAX_TOKEN && !Punctuation.isSpace(text.charAt(end))
                    && text.charAt(end) != ',') {
                end++;
            }
            int letters = k;
            while (letters < end && Character.isLetter(text.charAt(letters))) {
                letters++;
            }
            if (words > 0 && speechVerbs.contains(text, k, letters)) {
                return true;
            }
            if (words > 0 && !Character.isUpperCase(text.charAt(k))) {
                return false;
            }
            k = Tokens.skipSpaces(text, end, to);
        }
        return false;
    }

    private static boolean hasClosingQuote(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == '\u00BB') {
                return true;
            }
        }
        return false;
    }
}
