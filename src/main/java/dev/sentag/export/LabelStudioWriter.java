package dev.sentag.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sentag.model.AnnotatedDocument;
import dev.sentag.model.AnnotatedSentence;
import dev.sentag.model.Label;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Label Studio tasks: one JSON array, one task per document, in the "Basic Label Studio JSON format" of
 * the import guide (https://labelstud.io/guide/tasks#Basic-Label-Studio-JSON-format, and for results
 * https://labelstud.io/guide/predictions "JSON format for pre-annotations"):
 * {@code {"data": {"text", "title", "doc_id"}, "annotations": [{"result": [{"id", "from_name": "label",
 * "to_name": "text", "type": "labels", "value": {"start", "end", "text", "labels": ["Claim"]}}]}]}}.
 * Provenance and coders: each task has {@code meta} {@code {"source", "imported_at", "annotator"}} (Label
 * Studio keeps a task's {@code meta} and passes it to ML backends) and the same object as {@code data.meta},
 * which the Data Manager shows as a column. A region's note is its region meta text,
 * {@code "meta": {"text": ["note"]}}, which the labelling screen shows in the region's Meta box. Label
 * Studio resolves an annotation's {@code completed_by} as a member's email ({@code {"email": …}}) or
 * numeric id, and refuses the whole import for any other value (tasks/serializers.py,
 * {@code _insert_valid_completed_by}); so {@code completed_by} is written only when the annotator's name is
 * an email address, and the name itself always goes into {@code meta.annotator}.
 * Beside it goes {@code NAME.label_config.xml}, the labelling config to paste into the project (Labels
 * tag → Text tag, our label colours), so the set opens in one step. Links and speakers: see {@link LabelStudioLinks}.
 *
 * <p>Offsets count Unicode code points, not JavaScript (UTF-16) string indexes. Label Studio's frontend
 * stored UTF-16 lengths until "Fix offsets in Text with emoji — store code points instead of js length"
 * (label-studio PR #1559, landed through label-studio-frontend PR #308, 2022); its own end-to-end test
 * "NER - Emoji - Text: Should calculate offsets by code points in text" pins that behaviour, and issue
 * #4988 reports exported offsets matching Python's {@code text[start:end]} after an emoji. The config sets
 * {@code white-space: pre-wrap} because the Text tag docs (https://labelstud.io/tags/text) warn that
 * otherwise spaces are trimmed on display while offsets still count them.
 */
final class LabelStudioWriter implements ExportWriter {
    /** What Label Studio's import can resolve as a member's email: one @ with text on both sides, no blanks. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final JsonGenerator json;
    private final OutputStream out;

    LabelStudioWriter(ExportSink sink, WriterSettings settings) throws IOException {
        this.out = sink.main();
        this.json = JsonLines.FACTORY.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartArray();
        try (OutputStream config = sink.beside(".label_config.xml")) {
            config.write(config(settings).getBytes(StandardCharsets.UTF_8));
        }
    }

    static String config(WriterSettings settings) {
        StringBuilder xml = new StringBuilder("<View>\n  <Style>.htx-text { white-space: pre-wrap; }</Style>\n"
                + "  <Labels name=\"label\" toName=\"text\">\n");
        for (Label l : settings.labels()) {
            xml.append("    <Label value=\"").append(Xml.attribute(l.name())).append("\" background=\"")
                    .append(l.colour()).append("\"/>\n");
        }
        return xml.append("  </Labels>\n").append(LabelStudioLinks.config(settings))
                .append("  <Text name=\"text\" value=\"$text\"/>\n</View>\n").toString();
    }

    @Override
    public void write(ExportedDocument exported) throws IOException {
        AnnotatedDocument doc = exported.document();
        CodePointOffsets cp = new CodePointOffsets(doc.text());
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("text", doc.text());
        json.writeStringField("title", doc.title());
        json.writeNumberField("doc_id", doc.id());
        String annotator = annotator(exported);
        writeMeta(json, doc, annotator);
        json.writeEndObject();
        writeMeta(json, doc, annotator);
        json.writeArrayFieldStart("annotations");
        json.writeStartObject();
        if (annotator != null && EMAIL.matcher(annotator).matches()) {
            json.writeObjectFieldStart("completed_by");
            json.writeStringField("email", annotator);
            json.writeEndObject();
        }
        json.writeArrayFieldStart("result");
        java.util.Map<Integer, LabelStudioLinks.Region> regions = new java.util.HashMap<>();
        for (AnnotatedSentence s : exported.selected()) {
            if (s.label() == null) {
                continue;
            }
            regions.put(s.index(), new LabelStudioLinks.Region("s" + doc.id() + "-" + s.index(), cp.of(s.start()),
                    cp.of(s.end())));
            json.writeStartObject();
            json.writeStringField("id", "s" + doc.id() + "-" + s.index());
            json.writeStringField("from_name", "label");
            json.writeStringField("to_name", "text");
            json.writeStringField("type", "labels");
            json.writeObjectFieldStart("value");
            json.writeNumberField("start", cp.of(s.start()));
            json.writeNumberField("end", cp.of(s.end()));
            json.writeStringField("text", s.text());
            json.writeArrayFieldStart("labels");
            json.writeString(s.label());
            json.writeEndArray();
            json.writeEndObject();
            if (s.note() != null && !s.note().isBlank()) {
                json.writeObjectFieldStart("meta");
                json.writeArrayFieldStart("text");
                json.writeString(s.note());
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        LabelStudioLinks.write(json, doc.links(), regions);
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    /** {@code meta: {source, imported_at, annotator}} into the object being written. */
    private static void writeMeta(JsonGenerator json, AnnotatedDocument doc, String annotator) throws IOException {
        json.writeObjectFieldStart("meta");
        Provenance.writeFields(json, doc);
        json.writeStringField("annotator", annotator);
        json.writeEndObject();
    }

    /** Whose tags these are: the annotator of the document's tagged sentences (one per export), or null. */
    private static String annotator(ExportedDocument exported) {
        return exported.selected().stream().map(AnnotatedSentence::annotator).filter(a -> a != null)
                .findFirst().orElse(null);
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.close();
        out.write('\n');
        out.flush();
    }
}
