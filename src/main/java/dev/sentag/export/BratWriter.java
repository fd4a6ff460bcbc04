package dev.sentag.export;

import dev.sentag.model.AnnotatedDocument;
import dev.sentag.model.AnnotatedSentence;
import dev.sentag.model.Label;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * brat standoff (https://brat.nlplab.org/standoff.html): per document {@code NAME.txt} (the text, UTF-8)
 * and {@code NAME.ann} with one text-bound annotation per tagged sentence,
 * {@code T1<TAB>Claim START END<TAB>text} ("Text-bound annotations"), its note as
 * {@code #1<TAB>AnnotatorNotes T1<TAB>note} ("Annotator notes"); and one {@code annotation.conf} listing
 * the labels as entities ("Configuration", https://brat.nlplab.org/configuration.html); and
 * {@value SourceMap#FILE}, which names each document's source and import time (see {@link SourceMap}). Links and
 * speakers: see {@link BratLinks}.
 *
 * <p>Offsets count Unicode code points: brat's server is Python and slices the text as {@code str}. A
 * sentence that spans a line break (after a merge) is written as fragments {@code S1 E1;S2 E2}, with the
 * fragment texts joined by a space, as brat itself writes multi-line spans.
 */
final class BratWriter implements ExportWriter {
    private final ExportSink sink;
    private final SafeFileNames names = new SafeFileNames();
    private final SourceMap sources;

    BratWriter(ExportSink sink, WriterSettings settings) throws IOException {
        this.sink = sink;
        try (Writer conf = writer(sink.inFolder("annotation.conf"))) {
            conf.write("[entities]\n");
            for (Label l : settings.labels()) {
                conf.write(l.name().replaceAll("\\s+", "_") + "\n");
            }
            conf.write("\n[relations]\n" + BratLinks.relationsConf(settings) + "\n[events]\n\n[attributes]\n");
        }
        this.sources = new SourceMap(sink);
        LabelSetFiles.bratVisual(sink, settings);
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void write(ExportedDocument exported) throws IOException {
        AnnotatedDocument doc = exported.document();
        String name = names.forDocument(doc.id(), doc.title());
        sources.add(name, doc);
        try (Writer txt = writer(sink.inFolder(name + ".txt"))) {
            txt.write(doc.text());
        }
        CodePointOffsets cp = new CodePointOffsets(doc.text());
        try (Writer ann = writer(sink.inFolder(name + ".ann"))) {
            int t = 0;
            java.util.Map<Integer, Integer> spans = new java.util.HashMap<>();
            for (AnnotatedSentence s : exported.selected()) {
                if (s.label() == null) {
                    continue;
                }
                t++;
                spans.put(s.index(), t);
                ann.write("T" + t + "\t" + s.label().replaceAll("\\s+", "_") + " " + fragments(doc.text(), s, cp) + "\n");
                if (s.note() != null && !s.note().isBlank()) {
                    ann.write("#" + t + "\tAnnotatorNotes T" + t + "\t" + s.note().replaceAll("[\\t\\r\\n]+", " ") + "\n");
                }
            }
            BratLinks.write(ann, doc.links(), spans, t);
        }
    }

    /** "START END<TAB>text", split into fragments at line breaks. */
    private static String fragments(String text, AnnotatedSentence s, CodePointOffsets cp) {
        StringBuilder spans = new StringBuilder();
        StringBuilder covered = new StringBuilder();
        int from = s.start();
        while (from < s.end()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 || nl >= s.end() ? s.end() : nl;
            if (to > from) {
                if (spans.length() > 0) {
                    spans.append(';');
                    covered.append(' ');
                }
                spans.append(cp.of(from)).append(' ').append(cp.of(to));
                covered.append(text, from, to);
            }
            from = to + 1;
        }
        return spans + "\t" + covered;
    }

    @Override
    public void close() throws IOException {
        // Every document's files are closed when it is done; only the file name map stays open.
        sources.close();
    }
}
