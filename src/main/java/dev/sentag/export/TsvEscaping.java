package dev.sentag.export;

/**
 * WebAnno TSV 3.2+ escaping exactly as INCEpTION's own writer does it and its reader undoes it (class
 * {@code de.tudarmstadt.ukp.clarin.webanno.tsv.internal.tsv3x.Escaping}, used by {@code Tsv3XSerializer}
 * and {@code Tsv3XDeserializer}, INCEpTION 41.x):
 * <ul>
 * <li>{@link #text}, for {@code #Text=} lines: only a backslash (doubled), TAB, LF, FF, CR and BS (as
 * {@code \t \n \f \r \b}) and the other C0 control characters except VT (as a backslash before the
 * character itself). Everything else, {@code [ ] | _ * ; ->} included, is written as it is: the reader
 * takes the sentence text from these lines, so escaping anything more shifts every offset after it;
 * <li>{@link #value}, for feature values (label, note): a backslash before {@code \ [ ] | _ -> ; *}, and
 * TAB and LF as {@code \t}, {@code \n}, so a value cannot be read as a stack separator, a disambiguation
 * id or a null marker.
 * </ul>
 * The token column is written raw, as INCEpTION's writer does (its reader ignores it: the text comes from
 * the {@code #Text=} lines and the offsets).
 */
final class TsvEscaping {
    private TsvEscaping() {
    }

    /** A {@code #Text=} line's content, escaped as INCEpTION's {@code Escaping.escapeText}. */
    static String text(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                default -> {
                    // C0 controls 0-7 and 14-31 get a backslash before the raw character; VT (11) none.
                    if (c < 32 && (c < 8 || c > 13)) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** A feature value, escaped as INCEpTION's {@code Escaping.escapeValue}. */
    static String value(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '[', ']', '|', '_', ';', '*' -> out.append('\\').append(c);
                case '-' -> out.append(i + 1 < value.length() && value.charAt(i + 1) == '>' ? "\\-" : "-");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
