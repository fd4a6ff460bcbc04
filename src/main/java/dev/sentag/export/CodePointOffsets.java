package dev.sentag.export;

/**
 * Converts the stored UTF-16 offsets of one document to Unicode code point offsets (what Python's str
 * indexes count), for formats that want those. Walks forward from the last answer, so converting a
 * document's sentences in order costs one pass over its text, not one pass per sentence.
 */
final class CodePointOffsets {
    private final String text;
    private int lastUtf16;
    private int lastCodePoints;

    CodePointOffsets(String text) {
        this.text = text;
    }

    int of(int utf16) {
        if (utf16 < lastUtf16) {
            lastUtf16 = 0;
            lastCodePoints = 0;
        }
        lastCodePoints += text.codePointCount(lastUtf16, utf16);
        lastUtf16 = utf16;
        return lastCodePoints;
    }
}
