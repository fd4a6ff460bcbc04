package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-side WebAnno TSV 3.3 reader that follows INCEpTION's {@code Tsv3XDeserializer.readContent} (release
 * 41.x) step by step, with its assertions as test failures: the document text is rebuilt from the
 * {@code #Text=} lines (unescaped as {@code Escaping.unescapeText} for format 3.2+), gaps before a
 * sentence's first token are filled with spaces, and the first token must begin exactly where the rebuilt
 * text ends. Feature values are unescaped as {@code Escaping.unescapeValue}; a trailing {@code [N]} is a
 * disambiguation id joining tokens into one span. Reads the layer {@code label|note} Sentag writes.
 */
final class InceptionTsv {
    /** One span of the Sentag layer: offsets, label and note (null when {@code *}). */
    record Span(int begin, int end, String label, String note) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<int[]> tokens = new ArrayList<>();
    private final Map<String, Span> spans = new LinkedHashMap<>();

    String text() {
        return text.toString();
    }

    List<int[]> tokens() {
        return tokens;
    }

    List<Span> spans() {
        return List.copyOf(spans.values());
    }

    static InceptionTsv read(List<String> lines) {
        InceptionTsv doc = new InceptionTsv();
        assertTrue(lines.get(0).startsWith("#FORMAT=WebAnno TSV 3.3"));
        int i = 1;
        int columns = 3; // ID, offsets, form; then one column per feature of each layer (a relation's BT_ too)
        while (!lines.get(i).isEmpty()) {
            columns += lines.get(i).split("\\|").length - 1;
            i++; // schema lines
        }
        i++; // the blank line after the schema
        StringBuilder sentence = new StringBuilder();
        boolean header = false;
        int tokenNo = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                if (line.startsWith("#Text=")) {
                    sentence.append(unescapeText(line.substring("#Text=".length()))).append('\n');
                }
                header = true;
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertEquals(columns, f.length, "ID, offsets, form, one column per feature: " + line);
            String[] be = f[1].split("-");
            int begin = Integer.parseInt(be[0]);
            int end = Integer.parseInt(be[1]);
            if (header) {
                if (doc.text.length() > begin) {
                    assertEquals(begin + 1, doc.text.length(), "only the previous line break may overlap: " + line);
                    assertEquals('\n', doc.text.charAt(doc.text.length() - 1));
                    doc.text.setLength(doc.text.length() - 1);
                }
                while (doc.text.length() < begin) {
                    doc.text.append(' ');
                }
                assertEquals(begin, doc.text.length(), "the sentence text starts at its first token: " + line);
                doc.text.append(sentence);
                sentence.setLength(0);
                header = false;
            }
            doc.tokens.add(new int[] {begin, end});
            tokenNo++;
            if (!f[3].equals("_")) {
                String label = f[3];
                String note = f[4];
                String key = "token" + tokenNo;
                if (label.endsWith("]") && !label.endsWith("\\]")) {
                    key = label.substring(label.lastIndexOf('[') + 1, label.length() - 1);
                    label = label.substring(0, label.lastIndexOf('['));
                    assertTrue(note.endsWith("[" + key + "]"), "both features carry the id: " + line);
                    note = note.substring(0, note.lastIndexOf('['));
                }
                String finalLabel = unescapeValue(label);
                String finalNote = note.equals("*") ? null : unescapeValue(note);
                doc.spans.merge(key, new Span(begin, end, finalLabel, finalNote),
                        (a, b) -> new Span(a.begin(), b.end(), a.label(), a.note()));
            }
        }
        return doc;
    }

    /** {@code Escaping.unescapeText} for 3.2+: \\ \t \n \f \r \b and a backslash before a raw C0 control. */
    static String unescapeText(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                Character plain = switch (n) {
                    case '\\' -> '\\';
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'f' -> '\f';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    default -> n < 32 && (n < 8 || n > 13) ? n : null;
                };
                if (plain != null) {
                    out.append(plain.charValue());
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@code Escaping.unescapeValue}: \\ \[ \] \| \_ \-> \; \t \n \*. */
    static String unescapeValue(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if ("\\[]|_;*".indexOf(n) >= 0) {
                    out.append(n);
                    i++;
                    continue;
                }
                if (n == 't' || n == 'n') {
                    out.append(n == 't' ? '\t' : '\n');
                    i++;
                    continue;
                }
                if (n == '-' && i + 2 < s.length() && s.charAt(i + 2) == '>') {
                    out.append("->");
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
