package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (RFC 4180, header row) as one article a row: the text column is the one named
 * {@code textColumn}, else the first of text, body, content, article; a title column is used if there
 * is one; every other column is kept as metadata. Any bad row means nothing from the file is imported.
 */
public final class CsvArticleReader {
    private static final List<String> TEXT_NAMES = List.of("text", "body", "content", "article");

    private final TextArticleReader articles;

    public CsvArticleReader(TextArticleReader articles) {
        this.articles = articles;
    }

    public List<DocumentDraft> read(String csv, String name, String source, String textColumn) throws ImportException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            List<String> header = parser.getHeaderNames();
            String column = textColumn(header, textColumn, name);
            List<DocumentDraft> out = new ArrayList<>();
            for (CSVRecord row : parser) {
                // Row numbers count file lines' records from the header as 1, as spreadsheets do.
                String where = name + ", row " + (row.getRecordNumber() + 1);
                if (!row.isConsistent()) {
                    throw new ImportException(where + ": has " + row.size() + " fields, the header has "
                            + header.size() + "; nothing from this file was imported.");
                }
                String text = TextDecoder.normaliseLineEndings(row.get(column));
                if (text.isBlank()) {
                    throw new ImportException(where + ": the " + column + " column is empty; nothing from this"
                            + " file was imported.");
                }
                DocumentDraft draft = articles.read(text, where, source);
                Map<String, Object> metadata = new LinkedHashMap<>();
                String title = null;
                for (String h : header) {
                    if (h.equalsIgnoreCase("title")) {
                        title = row.get(h).isBlank() ? null : TextArticleReader.title(row.get(h));
                    } else if (!h.equals(column) && !row.get(h).isEmpty()) {
                        metadata.put(h, row.get(h));
                    }
                }
                out.add(new DocumentDraft(title == null ? draft.title() : title, source, draft.text(),
                        draft.sentences(), draft.excluded(), metadata));
            }
            if (out.isEmpty()) {
                throw new ImportException(name + ": no rows under the header.");
            }
            return out;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ImportException(name + ": not readable as CSV (" + e.getMessage() + ").", e);
        }
    }

    private static String textColumn(List<String> header, String wanted, String name) throws ImportException {
        if (wanted != null) {
            if (!header.contains(wanted)) {
                throw new ImportException(name + ": no column named '" + wanted + "' (the header has " + header + ").");
            }
            return wanted;
        }
        for (String h : header) {
            if (TEXT_NAMES.contains(h.strip().toLowerCase(Locale.ROOT))) {
                return h;
            }
        }
        throw new ImportException(name + ": no text column (looked for " + TEXT_NAMES + "; the header has " + header
                + "). Name it with --text-column.");
    }
}
