package dev.sentag.export;

import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the stored UTF-16 offsets of one document into the unit a format counts in. Walks forward from
 * the last answer, so converting a document's sentences in order costs one pass over its text.
 *
 * <p>Grapheme clusters are the extended grapheme clusters of Unicode (UAX #29), found with
 * {@code \X} of java.util.regex, which keeps emoji ZWJ sequences, skin tones, flags and combining marks
 * together; Java 17's {@code BreakIterator.getCharacterInstance()} splits a ZWJ family emoji into its
 * people, so it is not used.
 */
final class TextOffsets {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private final String text;
    private final OffsetUnit unit;
    private final Matcher graphemes;
    private int lastUtf16;
    private int lastCount;

    TextOffsets(String text, OffsetUnit unit) {
        this.text = text;
        this.unit = unit;
        this.graphemes = unit == OffsetUnit.GRAPHEMES ? GRAPHEME.matcher(text) : null;
    }

    /**
     * The offset in this converter's unit of UTF-16 offset {@code utf16}. For graphemes, an offset inside a
     * cluster (which a sentence boundary never is) counts the cluster it falls in as begun.
     */
    int of(int utf16) {
        return switch (unit) {
            case UTF16 -> utf16;
            case CODEPOINTS -> forward(utf16, () -> text.codePointCount(lastUtf16, utf16));
            case GRAPHEMES -> forward(utf16, () -> graphemesBetween(lastUtf16, utf16));
        };
    }

    private int forward(int utf16, IntSupplier countFromLast) {
        if (utf16 < lastUtf16) {
            lastUtf16 = 0;
            lastCount = 0;
        }
        lastCount += countFromLast.getAsInt();
        lastUtf16 = utf16;
        return lastCount;
    }

    private int graphemesBetween(int from, int to) {
        int n = 0;
        int at = from;
        while (at < to) {
            if (!graphemes.find(at)) {
                break;
            }
            n++;
            at = graphemes.end();
        }
        return n;
    }
}
