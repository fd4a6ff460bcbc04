package dev.sentag.export;

import dev.sentag.model.AnnotatedDocument;
import dev.sentag.model.AnnotatedSentence;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * WebAnno TSV 3.3, one {@code NAME.tsv} per document, as INCEpTION imports it (INCEpTION user guide,
 * "Formats → WebAnno TSV 3.x", https://inception-project.github.io/releases/latest/docs/user-guide.html#sect_webannotsv):
 * the header {@code #FORMAT=WebAnno TSV 3.3} and one custom span layer with two features,
 * {@code #T_SP=webanno.custom.Sentag|label|note} ("File header"), then per sentence a {@code #Text=} line
 * and one row per token, {@code SENT-TOKEN<TAB>BEGIN-END<TAB>form<TAB>label<TAB>note} ("Sentence
 * representation", "Token and sub-token annotations"); a sentence that spans a line break has one
 * {@code #Text=} line per line. A label spanning several tokens carries a disambiguation id, {@code Claim[3]},
 * in both feature columns of each of its tokens; single-token spans carry none; a tagged sentence without a
 * note has {@code *} (no value) as its note, and untagged tokens have {@code _} in both columns ("Span
 * annotations"). The annotator is not a feature: in INCEpTION the user a file is imported for owns it.
 *
 * <p>Tokens are the whitespace-separated runs inside each sentence, and each {@code #Text=} block covers
 * exactly its first token to its last, since INCEpTION's reader rebuilds the document text from these
 * lines and checks it against the token offsets. BEGIN/END are UTF-16 offsets into the document text:
 * INCEpTION is Java and counts {@code char}s. Every sentence of the document is written, so INCEpTION
 * sees the whole text; only selected sentences carry a label. Escaping follows INCEpTION's own writer
 * exactly (see {@link TsvEscaping}); a note's carriage returns become line breaks, since a raw CR would end
 * the line for INCEpTION's line reader. Beside the files goes {@value SourceMap#FILE}, naming each
 * document's source and import time. Speakers and links follow the note column: see {@link WebAnnoLinks}.
 */
final class WebAnnoTsvWriter implements ExportWriter {
    static final String LAYER = "webanno.custom.Sentag";
    private final ExportSink sink;
    private final SafeFileNames names = new SafeFileNames();
    private final SourceMap sources;

    WebAnnoTsvWriter(ExportSink sink, WriterSettings settings) throws IOException {
        this.sink = sink;
        this.sources = new SourceMap(sink);
        LabelSetFiles.webAnnoTagSet(sink, settings);
    }

    @Override
    public void write(ExportedDocument exported) throws IOException {
        AnnotatedDocument doc = exported.document();
        Map<Integer, AnnotatedSentence> tagged = new HashMap<>();
        Map<Integer, String> labels = new HashMap<>();
        for (AnnotatedSentence s : exported.selected()) {
            if (s.label() != null) {
                tagged.put(s.index(), s);
                labels.put(s.index(), s.label());
            }
        }
        String name = names.forDocument(doc.id(), doc.title());
        sources.add(name, doc);
        try (Writer out = new OutputStreamWriter(sink.inFolder(name + ".tsv"), StandardCharsets.UTF_8)) {
            out.write("#FORMAT=WebAnno TSV 3.3\n#T_SP=" + LAYER + "|label|note\n" + WebAnnoLinks.header() + "\n");
            WebAnnoLinks links = new WebAnnoLinks(doc.sentences(), labels, doc.links(), WebAnnoTsvWriter::tokenCount);
            int spanId = 0;
            int sentenceNo = 0;
            for (AnnotatedSentence s : doc.sentences()) {
                List<int[]> tokens = tokens(doc.text(), s);
                if (tokens.isEmpty()) {
                    continue; // nothing INCEpTION could hold: a sentence needs a token
                }
                sentenceNo++;
                AnnotatedSentence tag = tagged.get(s.index());
                String columns = "_\t_";
                if (tag != null) {
                    String id = tokens.size() > 1 ? "[" + (++spanId) + "]" : "";
                    columns = TsvEscaping.value(tag.label()) + id + "\t" + note(tag.note()) + id;
                }
                out.write("\n");
                String covered = doc.text().substring(tokens.get(0)[0], tokens.get(tokens.size() - 1)[1]);
                // A sentence over a line break (after a merge) gets one #Text line per line, as the format does.
                for (String line : covered.split("\n", -1)) {
                    out.write("#Text=" + TsvEscaping.text(line) + "\n");
                }
                String speaker = "\t" + links.speaker(s.index());
                int t = 0;
                for (int[] token : tokens) {
                    String relations = t == 0 ? links.relations(s.index()) : "_\t_";
                    out.write(sentenceNo + "-" + (++t) + "\t" + token[0] + "-" + token[1] + "\t"
                            + doc.text().substring(token[0], token[1]) + "\t" + columns + speaker + "\t" + relations
                            + "\n");
                }
            }
        }
    }

    private static int tokenCount(String sentence) {
        String stripped = sentence.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** A feature value escaped as INCEpTION's writer does (used for speakers and link types too). */
    static String escape(String value) {
        return TsvEscaping.value(value);
    }

    /** The note feature's value: {@code *} (annotation without a value) when there is no note. */
    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return "*";
        }
        return TsvEscaping.value(note.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** [begin, end) of each whitespace-separated run inside the sentence. */
    private static List<int[]> tokens(String text, AnnotatedSentence s) {
        List<int[]> out = new ArrayList<>();
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
                out.add(new int[] {begin, i});
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        // Every document's file is closed when it is done; only the file name map stays open.
        sources.close();
    }
}
