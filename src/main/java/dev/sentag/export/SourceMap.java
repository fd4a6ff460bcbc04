package dev.sentag.export;

import dev.sentag.model.AnnotatedDocument;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The file name map of a folder export ({@value #FILE}, RFC 4180 CSV like the csv format): one row per
 * document with {@code name} (the base name its files share, e.g. {@code 00001-title} for
 * {@code 00001-title.txt} and {@code .ann}), {@code doc_id}, {@code title}, {@code source} and
 * {@code imported_at}, so brat and WebAnno files can be traced back to the article they came from without
 * putting anything into the files those tools read.
 */
final class SourceMap implements Closeable {
    static final String FILE = "sources.csv";
    private final CSVPrinter csv;

    SourceMap(ExportSink sink) throws IOException {
        this.csv = new CSVPrinter(new OutputStreamWriter(sink.inFolder(FILE), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader("name", "doc_id", "title", Provenance.SOURCE,
                        Provenance.IMPORTED_AT).build());
    }

    void add(String name, AnnotatedDocument doc) throws IOException {
        csv.printRecord(name, doc.id(), text(doc.title()), text(Provenance.source(doc)), Provenance.importedAt(doc));
    }

    private static String text(String cell) {
        return cell == null ? null : CsvWriter.neutralise(cell);
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
