package dev.sentag.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sentag.model.DocumentLinks;
import java.io.IOException;
import java.util.Map;

/**
 * Links and speakers in Label Studio's task JSON (https://labelstud.io/guide/task_format, "Relations" in the
 * result list): each link is a result {@code {"type": "relation", "from_id", "to_id", "direction": "right",
 * "labels": [TYPE]}} between the span results' ids; each speaker is a per-region TextArea result with the span's
 * id, {@code {"id", "from_name": "speaker", "to_name": "text", "type": "textarea", "value": {"start", "end",
 * "text": [NAME]}}}, shown in the region's panel. The config declares {@code <Relations>} with one
 * {@code <Relation value=TYPE/>} per type (https://labelstud.io/tags/relations) and
 * {@code <TextArea name="speaker" perRegion="true">} (https://labelstud.io/tags/textarea, "perRegion").
 */
final class LabelStudioLinks {
    static final String SPEAKER = "speaker";

    private LabelStudioLinks() {
    }

    /** The config lines for links and speakers, to go inside {@code <View>}. */
    static String config(WriterSettings settings) {
        StringBuilder xml = new StringBuilder();
        if (!settings.relationTypes().isEmpty()) {
            xml.append("  <Relations>\n");
            for (String type : settings.relationTypes()) {
                xml.append("    <Relation value=\"").append(Xml.attribute(type)).append("\"/>\n");
            }
            xml.append("  </Relations>\n");
        }
        return xml.append("  <TextArea name=\"").append(SPEAKER)
                .append("\" toName=\"text\" perRegion=\"true\" editable=\"true\" maxSubmissions=\"1\"")
                .append(" placeholder=\"Speaker\"/>\n").toString();
    }

    /** One written span: its result id and code-point offsets. */
    record Region(String id, int start, int end) {
    }

    /** Writes the relation and speaker results for the regions written before. */
    static void write(JsonGenerator json, DocumentLinks links, Map<Integer, Region> regions) throws IOException {
        for (DocumentLinks.LinkAt l : LinkedSpans.between(links, regions)) {
            json.writeStartObject();
            json.writeStringField("type", "relation");
            json.writeStringField("from_id", regions.get(l.from()).id());
            json.writeStringField("to_id", regions.get(l.to()).id());
            json.writeStringField("direction", "right");
            json.writeArrayFieldStart("labels");
            json.writeString(l.type());
            json.writeEndArray();
            json.writeEndObject();
        }
        for (var speaker : links.speakers().entrySet()) {
            Region r = regions.get(speaker.getKey());
            if (r == null) {
                continue;
            }
            json.writeStartObject();
            json.writeStringField("id", r.id());
            json.writeStringField("from_name", SPEAKER);
            json.writeStringField("to_name", "text");
            json.writeStringField("type", "textarea");
            json.writeObjectFieldStart("value");
            json.writeNumberField("start", r.start());
            json.writeNumberField("end", r.end());
            json.writeArrayFieldStart("text");
            json.writeString(speaker.getValue());
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
    }
}
