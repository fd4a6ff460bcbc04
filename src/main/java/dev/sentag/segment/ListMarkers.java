package dev.sentag.segment;


/**
 * Tracks inline enumerations such as "1) The first item 2) The second item" or "a. One b. Two"
 * within one line, so that each later item becomes its own sentence even without terminal
 * punctuation between items.
 *
 * <p>Only real sequences count: a marker starts a new item when the previous marker of the same
 * style (same bullet, digits or letter, same suffix) carries the preceding value. Lone markers and
 * in-sentence enumerations with lowercase items ("cut 1) costs and 2) staff") are left alone.
 * Markers are recognised from their suffix (". ) .)"), which the scanner visits anyway, so this
 * costs nothing on ordinary text. One instance serves one line of one call: it is not shared.
 */
final class ListMarkers {

    /** Styles seen on the line so far: few, so a short array searched linearly (no hashing, no boxing). */
    private static final int MAX_STYLES = 8;

    private final int[] styles = new int[MAX_STYLES];
    private final int[] lastValues = new int[MAX_STYLES];
    private int styleCount;

    /** Forgets the markers of the previous line. */
    void newLine() {
        styleCount = 0;
    }

    /**
     * Called at a '.' or ')' at {@code suffix}: if it completes a list marker whose item continues
     * the sequence of an earlier marker on the line, returns where that marker starts (the new
     * sentence's start), otherwise -1. {@code floor} is the start of the line.
     */
    int itemStartAt(CharSequence text, int floor, int suffix, int to) {
        int end = suffix + 1;
        if (text.charAt(suffix) == '.' && end < to && text.charAt(end) == ')') {
            end++; // "1.)" is handled at its period: the scanner may skip the ')' as a closer
        } else if (text.charAt(suffix) == ')' && suffix > floor && text.charAt(suffix - 1) == '.') {
            return -1; // already handled at the period of "1.)"
        }
        // The item must read as a sentence: a space, then a capital.
        if (end + 1 >= to || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
            return -1;
        }
        // The value is one letter, digits or a roman numeral. Most periods end a longer word whose
        // last letter is no roman digit ("stability. The"): rejected after two reads.
        if (suffix == floor) {
            return -1;
        }
        char last = text.charAt(suffix - 1);
        if (!isAsciiLetter(last) && !isAsciiDigit(last)) {
            return -1;
        }
        if (suffix - 1 > floor && (isAsciiLetter(text.charAt(suffix - 2)) || isAsciiDigit(text.charAt(suffix - 2)))
                && !isAsciiDigit(last) && "ivxIVX".indexOf(last) < 0) {
            return -1;
        }
        return sequenceItemStart(text, floor, suffix, end);
    }

    /** {@link #itemStartAt} once the marker's shape is plausible: its value and its sequence. */
    private int sequenceItemStart(CharSequence text, int floor, int suffix, int end) {
        int valueEnd = suffix;
        int valueStart = valueEnd;
        while (valueStart > floor && valueEnd - valueStart < 3 && isAsciiDigit(text.charAt(valueStart - 1))) {
            valueStart--;
        }
        boolean numeric = valueStart < valueEnd;
        if (!numeric) {
            while (valueStart > floor && valueEnd - valueStart < MAX_ROMAN + 1
                    && isAsciiLetter(text.charAt(valueStart - 1))) {
                valueStart--;
            }
        }
        int length = valueEnd - valueStart;
        if (length == 0 || length > MAX_ROMAN || !numeric && valueStart > floor
                && !Punctuation.isSpace(text.charAt(valueStart - 1)) && text.charAt(valueStart - 1) != '('
                && !Punctuation.isBullet(text.charAt(valueStart - 1))) {
            return -1; // most periods end an ordinary word ("stability. The"): rejected after a few reads
        }
        boolean plainParen = end == suffix + 1 && text.charAt(suffix) == ')';
        int letter = numeric ? -1 : letterValue(text, valueStart, valueEnd, plainParen);
        int roman = numeric ? -1 : romanValue(text, valueStart, valueEnd, plainParen);
        if (!numeric && letter < 0 && roman < 0 || length == 0) {
            return -1;
        }
        int start = valueStart;
        boolean paren = plainParen && start > floor && text.charAt(start - 1) == '(';
        if (paren) {
            start--; // "(a)", "(ii)"
        }
        char bullet = 0;
        if (start > floor && text.charAt(start - 1) == ' ' && start - 1 > floor
                && Punctuation.isBullet(text.charAt(start - 2))) {
            start -= 2; // "• 9."
        }
        if (start > floor && Punctuation.isBullet(text.charAt(start - 1))) {
            start--; // "⁃9." or "• 9."
        }
        if (start < valueStart && !paren || start < valueStart - 1) {
            bullet = text.charAt(start);
        }
        if (start > floor && !Punctuation.isSpace(text.charAt(start - 1))) {
            return -1; // "p2." or "item3." are not markers
        }
        // A style: bullet, bracket, kind of value and suffix ("." ")" ".)"), packed in an int.
        int shape = bullet << 8 | (paren ? 1 << 6 : 0) | end - suffix - 1 + (text.charAt(suffix) == ')' ? 2 : 0);
        boolean upper = Character.isUpperCase(text.charAt(valueStart));
        boolean continues = false;
        if (numeric) {
            int value = 0;
            for (int k = valueStart; k < valueEnd; k++) {
                value = value * 10 + text.charAt(k) - '0';
            }
            continues = continues(shape | KIND_NUMBER, value);
        }
        if (letter >= 0) {
            continues |= continues(shape | (upper ? KIND_UPPER_LETTER : KIND_LOWER_LETTER), letter);
        }
        if (roman >= 0) {
            continues |= continues(shape | (upper ? KIND_UPPER_ROMAN : KIND_LOWER_ROMAN), roman);
        }
        return continues && !followsConnector(text, floor, start) ? start : -1;
    }

    private static final int KIND_NUMBER = 1 << 2;
    private static final int KIND_LOWER_LETTER = 2 << 2;
    private static final int KIND_UPPER_LETTER = 3 << 2;
    private static final int KIND_LOWER_ROMAN = 4 << 2;
    private static final int KIND_UPPER_ROMAN = 5 << 2;

    /**
     * Whether the marker at {@code start} follows ", ; and or nor &": then it is the next entry of
     * an enumeration inside one sentence ("(a) Lagos and (b) Abuja"), not a new item sentence.
     */
    private static boolean followsConnector(CharSequence text, int floor, int start) {
        int k = start;
        while (k > floor && Punctuation.isInlineSpace(text.charAt(k - 1))) {
            k--;
        }
        if (k == floor) {
            return false;
        }
        char c = text.charAt(k - 1);
        if (c == ',' || c == ';' || c == '&') {
            return true;
        }
        int wordStart = k;
        while (wordStart > floor && k - wordStart < 4 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart > floor && !Punctuation.isSpace(text.charAt(wordStart - 1))) {
            return false;
        }
        String word = text.subSequence(wordStart, k).toString();
        return word.equals("and") || word.equals("or") || word.equals("nor");
    }

    /** Records {@code value} for {@code style}; whether it follows the value recorded before. */
    private boolean continues(int style, int value) {
        for (int k = 0; k < styleCount; k++) {
            if (styles[k] == style) {
                int previous = lastValues[k];
                lastValues[k] = value;
                return previous == value - 1;
            }
        }
        if (styleCount == MAX_STYLES) { // a line of many marker styles: forget the oldest
            System.arraycopy(styles, 1, styles, 0, MAX_STYLES - 1);
            System.arraycopy(lastValues, 1, lastValues, 0, MAX_STYLES - 1);
            styleCount--;
        }
        styles[styleCount] = style;
        lastValues[styleCount] = value;
        styleCount++;
        return false;
    }

    /**
     * If a run-in list marker starts at {@code at} ("a)", "(ii)", "b.", "3)", "(1)", "2.)")
     * followed by a space and more text on the line, the offset after the marker, else -1. A
     * capital letter with a period ("A. Smith") is an initial and a number with a period
     * ("Jan. 5. The") a date, not a marker.
     */
    static int markerEnd(CharSequence text, int at, int to) {
        if (at + 1 >= to) {
            return -1;
        }
        char second = text.charAt(at + 1);
        if (isAsciiLetter(text.charAt(at)) && second != ')' && second != '.' && "ivxIVX".indexOf(second) < 0) {
            return -1; // an ordinary word ("on", "delegation"): rejected after two reads
        }
        int k = at;
        boolean paren = k < to && text.charAt(k) == '(';
        if (paren) {
            k++;
        }
        int valueStart = k;
        while (k < to && k - valueStart < 3 && isAsciiDigit(text.charAt(k))) {
            k++;
        }
        boolean numeric = k > valueStart;
        if (!numeric) {
            while (k < to && k - valueStart <= MAX_ROMAN && isAsciiLetter(text.charAt(k))) {
                k++;
            }
        }
        int valueEnd = k;
        if (valueEnd == valueStart || valueEnd >= to) {
            return -1;
        }
        char suffix = text.charAt(valueEnd);
        boolean closes = suffix == ')' || !paren && suffix == '.' && valueEnd + 1 < to
                && text.charAt(valueEnd + 1) == ')';
        if (!closes && (paren || suffix != '.' || numeric)) {
            return -1; // "Jan. 5. The" is a date: a number with a period reads as a sentence start anyway
        }
        if (!numeric && letterValue(text, valueStart, valueEnd, closes) < 0
                && romanValue(text, valueStart, valueEnd, closes) < 0) {
            return -1;
        }
        int end = valueEnd + (suffix == '.' && closes ? 2 : 1);
        if (end + 1 >= to || !Punctuation.isInlineSpace(text.charAt(end))
                || Punctuation.isSpace(text.charAt(end + 1))) {
            return -1;
        }
        return end;
    }

    /** Whether a run-in list marker follows the whitespace at {@code space} (see {@link #markerEnd}). */
    static boolean startsItem(CharSequence text, int space, int to) {
        return markerEnd(text, Tokens.skipSpaces(text, space, to), to) >= 0;
    }

    /** Longest roman numeral read as a marker ("viii"). */
    private static final int MAX_ROMAN = 4;

    /**
     * The value (a = 0) of a single-letter marker text[start, end), or -1. A capital counts only
     * before a closing bracket: "A." is an initial.
     */
    private static int letterValue(CharSequence text, int start, int end, boolean closingBracket) {
        if (end - start != 1) {
            return -1;
        }
        char c = text.charAt(start);
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return closingBracket && c >= 'A' && c <= 'Z' ? c - 'A' : -1;
    }

    /**
     * The value of a roman-numeral marker text[start, end) of one case ("iv", "XII" before a
     * bracket), or -1. Accepts the ordinary subtractive forms up to {@link #MAX_ROMAN} letters.
     */
    private static int romanValue(CharSequence text, int start, int end, boolean closingBracket) {
        if (end - start < 1 || end - start > MAX_ROMAN) {
            return -1;
        }
        boolean upper = Character.isUpperCase(text.charAt(start));
        if (upper && !closingBracket) {
            return -1;
        }
        int total = 0;
        int previous = 0;
        for (int k = end - 1; k >= start; k--) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c) != upper) {
                return -1;
            }
            int v = switch (Character.toLowerCase(c)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> -1;
            };
            if (v < 0) {
                return -1;
            }
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

}
