package dev.sentag.export;

import dev.sentag.model.AnnotatedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The columns of the one-row-per-sentence formats (jsonl and csv share them): name and value. Values are
 * Long, Integer, Boolean, String, {@link LinkColumns.Json} or null. Every row carries its document's provenance
 * (source, imported_at). prev_text/next_text come only with the context option, and
 * excluded only when excluded sentences are exported.
 */
record SentenceColumns(List<Column> columns) {
    /** One column: its name and how to read it from a sentence of a document. */
    record Column(String name, BiFunction<ExportedDocument, AnnotatedSentence, Object> value) {
    }

    static SentenceColumns of(ExportOptions options) {
        List<Column> c = new ArrayList<>(List.of(
                new Column("doc_id", (d, s) -> s.documentId()),
                new Column("doc_title", (d, s) -> s.documentTitle()),
                new Column("sentence_index", (d, s) -> s.index()),
                new Column("start", (d, s) -> s.start()),
                new Column("end", (d, s) -> s.end()),
                new Column("text", (d, s) -> s.text()),
                new Column("label", (d, s) -> s.label()),
                new Column("annotator", (d, s) -> s.annotator()),
                new Column("note", (d, s) -> s.note()),
                new Column("updated_at", (d, s) -> s.updatedAt() == null ? null : s.updatedAt().toString())));
        c.add(new Column(Provenance.SOURCE, (d, s) -> Provenance.source(d.document())));
        c.add(new Column(Provenance.IMPORTED_AT, (d, s) -> Provenance.importedAt(d.document())));
        c.add(new Column("codebook_version", (d, s) -> s.codebookVersion()));
        c.add(new Column("unsure", (d, s) -> s.unsure()));
        c.addAll(LinkColumns.columns());
        if (options.includeExcluded()) {
            c.add(new Column("excluded", (d, s) -> s.excluded()));
        }
        if (options.context()) {
            c.add(new Column("prev_text", (d, s) -> d.neighbourText(s, -1)));
            c.add(new Column("next_text", (d, s) -> d.neighbourText(s, +1)));
        }
        return new SentenceColumns(List.copyOf(c));
    }

    List<String> names() {
        return columns.stream().map(Column::name).toList();
    }
}
