package dev.sentag.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sentag.model.AnnotatedDocument;
import dev.sentag.model.AnnotatedSentence;
import java.io.IOException;

/**
 * doccano JSONL, in the two shapes doccano's "Import Dataset" accepts (doccano docs, Tutorial → Import
 * dataset, https://doccano.github.io/doccano/tutorial/#import-dataset, formats "JSONL" for Sequence
 * Labeling and for Text Classification):
 * <ul>
 * <li>sequence labelling, one line per document: {@code {"text": …, "label": [[start, end, "Claim"], …]}};
 * <li>text classification, one line per sentence: {@code {"text": sentence, "label": ["Claim"]}} (an
 * untagged sentence gets {@code []}).
 * </ul>
 * Offsets count Unicode code points, because doccano's backend is Python and slices {@code str} by code
 * point. Further keys (doc_id, title, sentence_index) are kept by doccano as the example's metadata. A document
 * with links or speakers is written in doccano's relation format instead: see {@link DoccanoLinks}.
 */
final class DoccanoWriter implements ExportWriter {
    private final JsonLines lines;
    private final boolean classification;

    DoccanoWriter(ExportSink sink, WriterSettings settings) throws IOException {
        this.lines = new JsonLines(sink.main());
        this.classification = settings.options().doccanoMode() == ExportOptions.DoccanoMode.CLASSIFICATION;
    }

    @Override
    public void write(ExportedDocument exported) throws IOException {
        if (classification) {
            for (AnnotatedSentence s : exported.selected()) {
                JsonGenerator json = lines.begin();
                json.writeStartObject();
                json.writeStringField("text", s.text());
                json.writeArrayFieldStart("label");
                if (s.label() != null) {
                    json.writeString(s.label());
                }
                json.writeEndArray();
                json.writeNumberField("doc_id", s.documentId());
                json.writeNumberField("sentence_index", s.index());
                json.writeEndObject();
                lines.end();
            }
            return;
        }
        AnnotatedDocument doc = exported.document();
        CodePointOffsets cp = new CodePointOffsets(doc.text());
        if (!doc.links().isEmpty()) {
            DoccanoLinks.write(lines, exported, cp);
            return;
        }
        JsonGenerator json = lines.begin();
        json.writeStartObject();
        json.writeStringField("text", doc.text());
        json.writeArrayFieldStart("label");
        for (AnnotatedSentence s : exported.selected()) {
            if (s.label() != null) {
                json.writeStartArray();
                json.writeNumber(cp.of(s.start()));
                json.writeNumber(cp.of(s.end()));
                json.writeString(s.label());
                json.writeEndArray();
            }
        }
        json.writeEndArray();
        json.writeNumberField("doc_id", doc.id());
        json.writeStringField("title", doc.title());
        json.writeEndObject();
        lines.end();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
