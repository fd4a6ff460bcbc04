package dev.sentag.segment;

import java.util.List;

/**
 * Scans text left to right once and emits its sentences; a line break always ends one.
 *
 * <p>Candidate boundaries are clusters of terminal punctuation (". ? ! …" and spaced ellipses
 * ". . ."); closing quotes and brackets right after a cluster are pulled into the sentence. Each
 * candidate is accepted or rejected by looking at the word before it ({@link PeriodRules}) and the
 * first character of what follows; list items found by {@link ListMarkers} add boundaries of
 * their own. Look-arounds never cross a line break and are bounded, so the scan is linear; ordinary
 * characters cost one table lookup.
 */
final class BoundaryScanner {

    private final PeriodRules periodRules;
    private final QuoteRules quoteRules;
    private final SentenceStarts starts;

    BoundaryScanner(PeriodRules periodRules, QuoteRules quoteRules, SentenceStarts starts) {
        this.periodRules = periodRules;
        this.quoteRules = quoteRules;
        this.starts = starts;
    }

    /** Where scanning resumes and whether a sentence ends right there. */
    private record Step(int next, boolean cut) {
        static Step cutAt(int at) {
            return new Step(at, true);
        }

        static Step skipTo(int at) {
            return new Step(at, false);
        }
    }

    /** Appends the sentences of the whole {@code text} to {@code out}, in order. */
    void scan(CharSequence text, List<Span> out) {
        int n = text.length();
        ListMarkers lists = new ListMarkers();
        int lineStart = 0;
        int sentenceStart = 0;
        int i = 0;
        while (true) {
            i = nextStop(text, i, n);
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if (Punctuation.isLineBreak(c)) {
                emit(text, sentenceStart, i, out); // "\r\n" leaves an empty sentence: dropped
                lineStart = i + 1;
                sentenceStart = lineStart;
                lists.newLine();
                i++;
                continue;
            }
            if (c == '.' || c == ')') {
                int item = lists.itemStartAt(text, lineStart, i, n);
                if (item >= 0) {
                    sentenceStart = cut(text, sentenceStart, item, out);
                }
                if (c == ')') {
                    i++;
                    continue;
                }
            }
            Step step = decide(text, sentenceStart, i, n);
            if (step.cut()) {
                sentenceStart = cut(text, sentenceStart, step.next(), out);
            }
            i = step.next();
        }
        emit(text, sentenceStart, n, out);
    }

    /**
     * The first offset from {@code i} whose character the scanner must look at, or {@code n}.
     * Kept as a small method of its own: called once per stop, it is JIT-compiled early even when
     * one huge text is segmented in a single call (a loop inside {@code scan} would wait for
     * on-stack replacement).
     */
    private static int nextStop(CharSequence text, int i, int n) {
        while (i < n && !Punctuation.isScanStop(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Ends the sentence at {@code at} if it has content; returns where the next one starts. */
    private static int cut(CharSequence text, int sentenceStart, int at, List<Span> out) {
        if (at <= sentenceStart) {
            return sentenceStart;
        }
        emit(text, sentenceStart, at, out);
        return at;
    }

    /** Adds text[from, to) trimmed of whitespace, unless nothing is left. */
    static void emit(CharSequence text, int from, int to, List<Span> out) {
        int start = Tokens.skipSpaces(text, from, to);
        int end = to;
        while (end > start && Punctuation.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    private Step decide(CharSequence text, int sentenceStart, int i, int to) {
        if (isSpacedDot(text, i, to)) {
            return spacedEllipsis(text, sentenceStart, i, to);
        }
        int dots = 0;
        boolean questionOrBang = false;
        int j = i;
        while (j < to && Punctuation.isTerminal(text.charAt(j))) {
            char c = text.charAt(j);
            dots += c == '.' ? 1 : c == Punctuation.ELLIPSIS ? 3 : 0;
            questionOrBang |= c == '?' || c == '!';
            j++;
        }
        int clusterEnd = j;
        j = skipClosers(text, j, to);
        if (j >= to || Punctuation.isLineBreak(text.charAt(j))) {
            return Step.skipTo(j); // the end of the line ends the sentence anyway
        }
        if (!Punctuation.isSpace(text.charAt(j))) {
            boolean joined = dots == 1 && !questionOrBang && j == clusterEnd
                    && periodRules.endsJoinedSentence(text, sentenceStart, i, to);
            return joined ? Step.cutAt(i + 1) : Step.skipTo(j);
        }
        int next = nextSentenceStart(text, j, to);
        if (next >= to || Punctuation.isLineBreak(text.charAt(next))) {
            return Step.skipTo(j);
        }
        boolean ends;
        if (questionOrBang) {
            ends = (starts.canStart(text, next, to) || ListMarkers.startsItem(text, j, to))
                    && !quoteRules.isAttribution(text, clusterEnd, j, next, to);
        } else if (dots >= 2) {
            ends = (isCapital(text.charAt(next)) || starts.isLowercaseName(text, next, to))
                    && (!isOmissionMark(text, sentenceStart, i) || next == Tokens.skipSpaces(text, j, to));
        } else {
            ends = periodRules.endsSentence(text, sentenceStart, i, j, next, to);
        }
        return ends ? Step.cutAt(j) : Step.skipTo(j);
    }

    /**
     * Spaced ellipses (". . ."): three spaced dots after a space are an omission inside a
     * sentence; a period attached to a word followed by a spaced ellipsis ends that sentence and
     * the ellipsis opens the next one (". . . The practice"); four spaced dots after a space
     * (a period written as part of the ellipsis) end the sentence. A capital must follow.
     */
    private Step spacedEllipsis(CharSequence text, int sentenceStart, int i, int to) {
        int dots = 1;
        int last = i;
        while (isSpacedDot(text, last, to)) {
            last += 2;
            dots++;
        }
        boolean attached = i > sentenceStart && !Punctuation.isSpace(text.charAt(i - 1));
        int j = skipClosers(text, last + 1, to);
        if (j >= to || !Punctuation.isInlineSpace(text.charAt(j))) {
            return Step.skipTo(j);
        }
        int next = nextSentenceStart(text, j, to);
        if (next >= to || !isCapital(text.charAt(next))) {
            return Step.skipTo(j);
        }
        if (attached && dots >= 4) {
            return Step.cutAt(i + 1);
        }
        if (!attached && dots == 3) {
            return Step.skipTo(j);
        }
        return Step.cutAt(j);
    }

    /** A dot followed by a space and another dot: part of ". . .". */
    private static boolean isSpacedDot(CharSequence text, int i, int to) {
        return i + 2 < to && text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && text.charAt(i + 2) == '.';
    }

    /**
     * "[...]" and "(...)" mark an omission inside a quotation; they end a sentence only before a
     * bare capitalised word ("[...] Ozone is"), not before a citation ("[...]" (Smith 55)).
     */
    private static boolean isOmissionMark(CharSequence text, int sentenceStart, int i) {
        return i > sentenceStart && (text.charAt(i - 1) == '[' || text.charAt(i - 1) == '(');
    }

    /**
     * Skips closing quotes, brackets and further terminal punctuation after a cluster. An opening
     * quote glued to the punctuation and followed by a space ('decision.“ However') is a
     * mistyped closing quote and is skipped too.
     */
    private static int skipClosers(CharSequence text, int j, int to) {
        while (j < to) {
            char c = text.charAt(j);
            boolean misTypedCloser = Punctuation.isOpener(c) && !isBracket(c)
                    && (j + 1 == to || Punctuation.isSpace(text.charAt(j + 1)));
            if (!Punctuation.isCloser(c) && !Punctuation.isTerminal(c) && !misTypedCloser) {
                break;
            }
            j++;
        }
        return j;
    }

    private static boolean isBracket(char c) {
        return c == '(' || c == '[' || c == '{';
    }

    /** First character after whitespace and opening quotes/brackets, from {@code j}. */
    private static int nextSentenceStart(CharSequence text, int j, int to) {
        int k = Tokens.skipSpaces(text, j, to);
        while (k < to && Punctuation.isOpener(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isCapital(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }
}
