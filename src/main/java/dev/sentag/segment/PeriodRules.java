package dev.sentag.segment;

/**
 * Decides whether a single period followed by whitespace ends a sentence, using the word before
 * it (abbreviation, initial, number, list marker) and the word after it.
 */
final class PeriodRules {

    /** Longest "At 5" / "Shortly before 6" style phrase, in chars, before the abbreviation. */
    private static final int MAX_FRAGMENT = 40;

    private final AbbreviationLexicon abbreviations;
    private final WordSet sentenceStarters;
    private final WordSet fragmentOpeners;
    private final SentenceStarts starts;

    PeriodRules(AbbreviationLexicon abbreviations, WordSet sentenceStarters, WordSet fragmentOpeners,
            SentenceStarts starts) {
        this.abbreviations = abbreviations;
        this.sentenceStarters = sentenceStarters;
        this.fragmentOpeners = fragmentOpeners;
        this.starts = starts;
    }

    /**
     * Whether the period at {@code dot} ends the sentence begun at {@code sentenceStart}, given
     * that whitespace follows from {@code space} and the next sentence would start at {@code next}
     * (first character after whitespace and opening quotes/brackets). A run-in list marker there
     * ("a)", "(ii)", "b.") reads as a sentence starter whatever the case of its letter; it is
     * looked for only where it matters (a lower-case word or an abbreviation).
     */
    boolean endsSentence(CharSequence text, int sentenceStart, int dot, int space, int next, int lineEnd) {
        char nc = text.charAt(next);
        boolean canStart = Tokens.canStartSentence(nc)
                || Character.isLowerCase(nc) && starts.isLowercaseName(text, next, lineEnd);
        if (!canStart && !ListMarkers.startsItem(text, space, lineEnd)) {
            return false;
        }
        int tokenStart = Tokens.tokenStart(text, sentenceStart, dot);
        int tokenEnd = dot;
        if (Tokens.isMarkerOnly(text, sentenceStart, tokenEnd)) {
            return false; // "1. The first item": the period belongs to a list marker
        }
        if (tokenStart < tokenEnd && Punctuation.isCloser(text.charAt(tokenEnd - 1))) {
            return true; // '"no".' or "(2019)." : the period follows a quote or bracket, not a word
        }
        boolean digitNext = Character.isDigit(nc);
        if (tokenEnd - tokenStart == 1 && Character.isUpperCase(text.charAt(tokenStart))) {
            return initialEndsSentence(text, sentenceStart, tokenStart);
        }
        AbbreviationLexicon.Kind kind = abbreviations.kind(text, tokenStart, tokenEnd);
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case NON_FINAL -> false;
            case PLACE_OR_TITLE -> followsNameOrNumber(text, sentenceStart, tokenStart)
                    && mayEnd(text, sentenceStart, tokenStart, space, next, lineEnd);
            case BEFORE_NUMBER -> !digitNext && nc != '#';
            case MAY_END -> mayEnd(text, sentenceStart, tokenStart, space, next, lineEnd);
        };
    }

    /** A [may-end] abbreviation ends the sentence before a sentence starter or a list item. */
    private boolean mayEnd(CharSequence text, int sentenceStart, int tokenStart, int space, int next,
            int lineEnd) {
        char nc = text.charAt(next);
        boolean starter = !Character.isDigit(nc) && Character.isLetter(nc) && startsWithStarter(text, next, lineEnd)
                || ListMarkers.startsItem(text, space, lineEnd);
        return starter && !isShortFragment(text, sentenceStart, tokenStart);
    }

    /**
     * Whether the word before the abbreviation at {@code tokenStart} is capitalised or a number
     * ("Main St.", "42nd St.", "10 ft."), with no punctuation between them.
     */
    private static boolean followsNameOrNumber(CharSequence text, int sentenceStart, int tokenStart) {
        int prevEnd = tokenStart;
        while (prevEnd > sentenceStart && Punctuation.isInlineSpace(text.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        if (prevEnd == tokenStart || prevEnd == sentenceStart
                || !Character.isLetterOrDigit(text.charAt(prevEnd - 1))) {
            return false;
        }
        int prevStart = Tokens.tokenStart(text, sentenceStart, prevEnd);
        char first = text.charAt(prevStart);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    /**
     * A capital letter and a period is an initial ("Jonas E. Smith", "J. R. R. Tolkien") unless it
     * is the pronoun "I" after a lowercase word ("you and I. Did you ...").
     */
    private static boolean initialEndsSentence(CharSequence text, int sentenceStart, int tokenStart) {
        if (text.charAt(tokenStart) != 'I') {
            return false;
        }
        int prev = Tokens.previousWordStart(text, sentenceStart, tokenStart);
        return prev >= 0 && Character.isLowerCase(text.charAt(prev));
    }

    /** Whether a sentence-starter word ("The", "It", "Mr.") begins at {@code next}. */
    private boolean startsWithStarter(CharSequence text, int next, int lineEnd) {
        int end = next;
        while (end < lineEnd && end - next < Tokens.MAX_TOKEN && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end - next == 1 && end < lineEnd && text.charAt(end) == '.') {
            return false; // "A. Kumar": an initial, not the article "A"
        }
        if (sentenceStarters.contains(text, next, end)) {
            return true;
        }
        return end < lineEnd && text.charAt(end) == '.' && sentenceStarters.contains(text, next, end + 1);
    }

    /**
     * "At 5 a.m." is an adverbial phrase, not a sentence: at most three words before the
     * abbreviation, the first a preposition such as "At" or "By".
     */
    private boolean isShortFragment(CharSequence text, int sentenceStart, int tokenStart) {
        int start = Tokens.skipSpaces(text, sentenceStart, tokenStart);
        if (tokenStart - start > MAX_FRAGMENT) {
            return false; // also keeps this check constant-time in long sentences
        }
        int firstEnd = start;
        while (firstEnd < tokenStart && !Punctuation.isSpace(text.charAt(firstEnd))) {
            firstEnd++;
        }
        if (!fragmentOpeners.contains(text, start, firstEnd)) {
            return false;
        }
        return Tokens.countWords(text, start, tokenStart) <= 3;
    }

    /**
     * "world.Today", "1,000.That": a period joining two words without a space still ends a
     * sentence when a lowercase word or a number precedes it and a capitalised word follows, and
     * the chunk is not an e-mail address, URL, file name or abbreviation.
     */
    boolean endsJoinedSentence(CharSequence text, int sentenceStart, int dot, int lineEnd) {
        if (dot + 2 >= lineEnd || !Character.isUpperCase(text.charAt(dot + 1))
                || !Character.isLowerCase(text.charAt(dot + 2))) {
            return false;
        }
        int tokenStart = Tokens.tokenStart(text, sentenceStart, dot);
        if (dot - tokenStart < 2) {
            return false;
        }
        char last = text.charAt(dot - 1);
        if (!Character.isLowerCase(last) && !Character.isDigit(last)) {
            return false;
        }
        for (int k = tokenStart; k < dot; k++) {
            char c = text.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != ',') {
                return false;
            }
        }
        int chunkEnd = dot + 1;
        int chunkLimit = Math.min(lineEnd, dot + Tokens.MAX_TOKEN);
        while (chunkEnd < chunkLimit && !Punctuation.isSpace(text.charAt(chunkEnd))) {
            char c = text.charAt(chunkEnd);
            if (c == '@' || c == '/' || c == '\\' || c == '_' || c == '=') {
                return false;
            }
            chunkEnd++;
        }
        return abbreviations.kind(text, tokenStart, dot) == null
                && !Tokens.isMarkerOnly(text, sentenceStart, dot);
    }
}
