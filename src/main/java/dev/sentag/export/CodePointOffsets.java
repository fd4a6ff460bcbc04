package dev.sentag.export;

/**
 * Converts the stored UTF-16 offsets of one document to Unicode code point offsets (what Python's str
 * indexes count), for formats that want those: {@link TextOffsets} in code points, under the name the
 * writers use.
 */
final class CodePointOffsets {
    private final TextOffsets offsets;

    CodePointOffsets(String text) {
        this.offsets = new TextOffsets(text, OffsetUnit.CODEPOINTS);
    }

    int of(int utf16) {
        return offsets.of(utf16);
    }
}
