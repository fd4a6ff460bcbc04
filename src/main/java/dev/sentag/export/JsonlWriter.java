package dev.sentag.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sentag.model.AnnotatedSentence;
import java.io.IOException;

/**
 * JSON Lines (https://jsonlines.org): one UTF-8 object per sentence with doc_id, doc_title,
 * sentence_index, start, end (UTF-16 offsets into the document text, as Java and JavaScript count),
 * text, label, annotator, note and updated_at; with the context option also prev_text and next_text
 * (the neighbouring sentences, null at the document's ends). Absent values are JSON null.
 */
final class JsonlWriter implements ExportWriter {
    private final JsonLines lines;
    private final SentenceColumns columns;

    JsonlWriter(ExportSink sink, WriterSettings settings) throws IOException {
        this.lines = new JsonLines(sink.main());
        this.columns = SentenceColumns.of(settings.options());
    }

    @Override
    public void write(ExportedDocument doc) throws IOException {
        for (AnnotatedSentence s : doc.selected()) {
            JsonGenerator json = lines.begin();
            json.writeStartObject();
            for (SentenceColumns.Column c : columns.columns()) {
                json.writeFieldName(c.name());
                JsonLines.writeValue(json, c.value().apply(doc, s));
            }
            json.writeEndObject();
            lines.end();
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
