package dev.sentag.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sentag.model.AnnotatedSentence;
import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON Lines (https://jsonlines.org): one UTF-8 object per sentence with doc_id, doc_title,
 * sentence_index, start, end (UTF-16 offsets into the document text, as Java and JavaScript count),
 * text, label, annotator, note and updated_at; absent values are JSON null.
 */
final class JsonlWriter implements SentenceWriter {
    private final JsonGenerator json;
    private final OutputStream out;

    JsonlWriter(OutputStream out) throws IOException {
        this.out = out;
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null);
    }

    @Override
    public void write(AnnotatedSentence s) throws IOException {
        json.writeStartObject();
        json.writeNumberField("doc_id", s.documentId());
        json.writeStringField("doc_title", s.documentTitle());
        json.writeNumberField("sentence_index", s.index());
        json.writeNumberField("start", s.start());
        json.writeNumberField("end", s.end());
        json.writeStringField("text", s.text());
        json.writeStringField("label", s.label());
        json.writeStringField("annotator", s.annotator());
        json.writeStringField("note", s.note());
        json.writeStringField("updated_at", s.updatedAt() == null ? null : s.updatedAt().toString());
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        json.close();
        out.flush();
    }
}
