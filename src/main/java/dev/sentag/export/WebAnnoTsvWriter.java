package dev.sentag.export;

import dev.sentag.model.AnnotatedDocument;
import dev.sentag.model.AnnotatedSentence;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * WebAnno TSV 3.3, one {@code NAME.tsv} per document, as INCEpTION imports it (INCEpTION user guide,
 * "Formats → WebAnno TSV 3.x", https://inception-project.github.io/releases/latest/docs/user-guide.html#sect_webannotsv):
 * the header {@code #FORMAT=WebAnno TSV 3.3} and one custom span layer {@code #T_SP=webanno.custom.Sentag|label}
 * ("File header"), then per sentence a {@code #Text=} line and one row per token,
 * {@code SENT-TOKEN<TAB>BEGIN-END<TAB>form<TAB>label} ("Sentence representation", "Token and sub-token
 * annotations"); a sentence that spans a line break has one {@code #Text=} line per line. A label spanning
 * several tokens carries a disambiguation id, {@code Claim[3]}, on each of
 * them; single-token spans carry none; unlabelled tokens have {@code _} ("Span annotations").
 *
 * <p>Tokens are the whitespace-separated runs inside each sentence. BEGIN/END are UTF-16 offsets into the
 * document text: INCEpTION is Java and counts {@code char}s, as the format's reference writer does. Every
 * sentence of the document is written, so INCEpTION sees the whole text; only selected sentences carry a
 * label. Reserved characters are escaped with a backslash ("Reserved characters"). Speakers and links: see
 * {@link WebAnnoLinks}.
 */
final class WebAnnoTsvWriter implements ExportWriter {
    static final String LAYER = "webanno.custom.Sentag";
    private final ExportSink sink;
    private final SafeFileNames names = new SafeFileNames();

    WebAnnoTsvWriter(ExportSink sink, WriterSettings settings) {
        this.sink = sink;
    }

    @Override
    public void write(ExportedDocument exported) throws IOException {
        AnnotatedDocument doc = exported.document();
        Map<Integer, String> labels = new HashMap<>();
        for (AnnotatedSentence s : exported.selected()) {
            if (s.label() != null) {
                labels.put(s.index(), s.label());
            }
        }
        String name = names.forDocument(doc.id(), doc.title());
        try (Writer out = new OutputStreamWriter(sink.inFolder(name + ".tsv"), StandardCharsets.UTF_8)) {
            out.write("#FORMAT=WebAnno TSV 3.3\n#T_SP=" + LAYER + "|label\n" + WebAnnoLinks.header() + "\n");
            WebAnnoLinks links = new WebAnnoLinks(doc.sentences(), labels, doc.links(), WebAnnoTsvWriter::tokenCount);
            int spanId = 0;
            int sentenceNo = 0;
            for (AnnotatedSentence s : doc.sentences()) {
                sentenceNo++;
                String label = labels.get(s.index());
                String column = "_";
                if (label != null) {
                    boolean multiToken = tokenCount(s.text()) > 1;
                    column = escape(label) + (multiToken ? "[" + (++spanId) + "]" : "");
                }
                out.write("\n");
                // A sentence over a line break (after a merge) gets one #Text line per line, as the format does.
                for (String line : s.text().split("\n", -1)) {
                    out.write("#Text=" + escape(line) + "\n");
                }
                String speaker = "\t" + links.speaker(s.index());
                writeTokens(out, doc.text(), s, sentenceNo, column + speaker + "\t" + links.relations(s.index()),
                        column + speaker + "\t_\t_");
            }
        }
    }

    private static void writeTokens(Writer out, String text, AnnotatedSentence s, int sentenceNo, String first,
                                    String column) throws IOException {
        int token = 0;
        int i = s.start();
        while (i < s.end()) {
            while (i < s.end() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int begin = i;
            while (i < s.end() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > begin) {
                token++;
                out.write(sentenceNo + "-" + token + "\t" + begin + "-" + i + "\t" + escape(text.substring(begin, i))
                        + "\t" + (token == 1 ? first : column) + "\n");
            }
        }
    }

    private static int tokenCount(String sentence) {
        String stripped = sentence.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** Backslash before the characters the format reserves; tabs and carriage returns as {@code \t}, {@code \r}. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '[', ']', '|', '_', ';', '*' -> out.append('\\').append(c);
                case '-' -> out.append(i + 1 < value.length() && value.charAt(i + 1) == '>' ? "\\-" : "-");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        // Every file is closed when its document is done.
    }
}
