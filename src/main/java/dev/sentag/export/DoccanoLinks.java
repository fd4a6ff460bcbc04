package dev.sentag.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sentag.model.AnnotatedDocument;
import dev.sentag.model.AnnotatedSentence;
import dev.sentag.model.DocumentLinks;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A document with links or speakers in doccano's relation format (doccano docs, Tutorial → Import dataset,
 * "Relation Extraction", https://doccano.github.io/doccano/tutorial/#import-dataset):
 * {@code {"text", "entities": [{"id", "label", "start_offset", "end_offset"}], "relations": [{"id", "from_id",
 * "to_id", "type"}]}}, offsets in code points. doccano keeps further keys as the example's metadata: doc_id,
 * title, and {@code speakers}, a list of {@code {"entity_id", "speaker"}} (doccano has no free text on a span).
 */
final class DoccanoLinks {
    private DoccanoLinks() {
    }

    static void write(JsonLines lines, ExportedDocument exported, TextOffsets cp) throws IOException {
        AnnotatedDocument doc = exported.document();
        DocumentLinks links = doc.links();
        JsonGenerator json = lines.begin();
        json.writeStartObject();
        json.writeStringField("text", doc.text());
        json.writeArrayFieldStart("entities");
        Map<Integer, Integer> entityByIndex = new HashMap<>();
        for (AnnotatedSentence s : exported.selected()) {
            if (s.label() == null) {
                continue;
            }
            int id = entityByIndex.size();
            entityByIndex.put(s.index(), id);
            json.writeStartObject();
            json.writeNumberField("id", id);
            json.writeStringField("label", s.label());
            json.writeNumberField("start_offset", cp.of(s.start()));
            json.writeNumberField("end_offset", cp.of(s.end()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("relations");
        int r = 0;
        for (DocumentLinks.LinkAt l : LinkedSpans.between(links, entityByIndex)) {
            json.writeStartObject();
            json.writeNumberField("id", r++);
            json.writeNumberField("from_id", entityByIndex.get(l.from()));
            json.writeNumberField("to_id", entityByIndex.get(l.to()));
            json.writeStringField("type", l.type());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("doc_id", doc.id());
        json.writeStringField("title", doc.title());
        json.writeArrayFieldStart("speakers");
        for (var speaker : links.speakers().entrySet()) {
            Integer entity = entityByIndex.get(speaker.getKey());
            if (entity != null) {
                json.writeStartObject();
                json.writeNumberField("entity_id", entity);
                json.writeStringField("speaker", speaker.getValue());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        lines.end();
    }
}
