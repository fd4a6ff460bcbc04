package dev.sentag.segment;

import java.util.HashMap;
import java.util.Map;

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

    /** Last value seen per marker style; created on the first marker of the line. */
    private Map<String, Integer> lastValueByStyle;

    /** Forgets the markers of the previous line. */
    void newLine() {
        if (lastValueByStyle != null) {
            lastValueByStyle.clear();
        }
    }

    /**
     * Called at a '.' or ')' at {@code suffix}: if it completes a list marker whose item continues
     * the sequence of an earlier marker on the line, returns where that marker starts (the new
     * sentence's start), otherwise -1. {@code floor} is the start of the line.
     */
    int itemStartAt(CharSequence text, int floor, int suffix, int to) {
        int valueEnd = suffix;
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
        int valueStart = valueEnd;
        while (valueStart > floor && valueEnd - valueStart < 3 && isAsciiDigit(text.charAt(valueStart - 1))) {
            valueStart--;
        }
        boolean numeric = valueStart < valueEnd;
        if (!numeric) {
            if (valueEnd - 1 < floor || !isAsciiLower(text.charAt(valueEnd - 1))) {
                return -1;
            }
            valueStart = valueEnd - 1;
        }
        int start = valueStart;
        char bullet = 0;
        if (start > floor && text.charAt(start - 1) == ' ' && start - 1 > floor
                && Punctuation.isBullet(text.charAt(start - 2))) {
            start -= 2; // "• 9."
        }
        if (start > floor && Punctuation.isBullet(text.charAt(start - 1))) {
            start--; // "⁃9." or "• 9."
        }
        if (start < valueStart) {
            bullet = text.charAt(start);
        }
        if (start > floor && !Punctuation.isSpace(text.charAt(start - 1))) {
            return -1; // "p2." or "item3." are not markers
        }
        int value = numeric
                ? Integer.parseInt(text.subSequence(valueStart, valueEnd).toString())
                : text.charAt(valueStart) - 'a';
        String style = bullet + (numeric ? "9" : "a") + text.subSequence(valueEnd, end);
        if (lastValueByStyle == null) {
            lastValueByStyle = new HashMap<>();
        }
        Integer previous = lastValueByStyle.put(style, value);
        return previous != null && previous == value - 1 ? start : -1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
