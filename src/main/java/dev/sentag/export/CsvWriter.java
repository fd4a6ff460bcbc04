package dev.sentag.export;

import dev.sentag.model.AnnotatedSentence;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV per RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): UTF-8, CRLF record ends, a header row, fields
 * quoted where they hold a comma, quote or line break; the same columns as jsonl. Untagged labels and
 * other absent values are empty cells.
 *
 * <p>Formula injection: a spreadsheet runs a cell that starts with {@code = + - @}, tab or CR as a formula
 * (OWASP, "CSV Injection"). Such text cells get a leading apostrophe, which spreadsheets show as
 * plain text; numbers are written as they are. A reader that wants the raw text drops the apostrophe
 * from cells where one precedes one of those characters.
 */
final class CsvWriter implements ExportWriter {
    private final CSVPrinter csv;
    private final SentenceColumns columns;

    CsvWriter(ExportSink sink, WriterSettings settings) throws IOException {
        this.columns = SentenceColumns.of(settings.options());
        this.csv = new CSVPrinter(new OutputStreamWriter(sink.main(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(columns.names().toArray(String[]::new)).build());
    }

    @Override
    public void write(ExportedDocument doc) throws IOException {
        for (AnnotatedSentence s : doc.selected()) {
            List<Object> row = new ArrayList<>(columns.columns().size());
            for (SentenceColumns.Column c : columns.columns()) {
                Object v = c.value().apply(doc, s);
                row.add(v instanceof String text ? neutralise(text) : v);
            }
            csv.printRecord(row);
        }
    }

    /** The text a spreadsheet will show as text, never evaluate: see the class comment. */
    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + cell : cell;
    }

    @Override
    public void close() throws IOException {
        csv.flush();
    }
}
