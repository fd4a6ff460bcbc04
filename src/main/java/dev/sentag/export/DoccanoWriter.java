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
 * Further keys (doc_id, title, sentence_index, source, imported_at) are kept by doccano as the example's
 * metadata, so every example names the file or URL its article came from and when it was imported.
 *
 * <p>Offsets: doccano's backend stores the numbers as given, and its labelling screen (the v-annotator
 * component) counts {@code text.length} units, i.e. UTF-16 code units, in its default mode and grapheme
 * clusters (grapheme-splitter) when the project has "Count grapheme clusters as one character" on; neither
 * is Python's code points (doccano issues #2290 and #2484). So the default is {@link OffsetUnit#UTF16},
 * which the default screen shows on the right text; {@code graphemes} suits a project with that option on,
 * {@code codepoints} a Python pipeline that slices {@code text[start:end]}.
 * A document with links or speakers is written in doccano's relation format instead: see {@link DoccanoLinks}.
 */
final class DoccanoWriter implements ExportWriter {
    private final JsonLines lines;
    private final boolean classification;
    private final OffsetUnit offsets;

    DoccanoWriter(ExportSink sink, WriterSettings settings) throws IOException {
        this.lines = new JsonLines(sink.main());
        this.classification = settings.options().doccanoMode() == ExportOptions.DoccanoMode.CLASSIFICATION;
        this.offsets = settings.options().doccanoOffsets();
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
                Provenance.writeFields(json, exported.document());
                json.writeEndObject();
                lines.end();
            }
            return;
        }
        AnnotatedDocument doc = exported.document();
        TextOffsets cp = new TextOffsets(doc.text(), offsets);
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
        Provenance.writeFields(json, doc);
        json.writeEndObject();
        lines.end();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
