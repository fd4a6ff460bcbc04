package dev.sentag.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.model.AnnotatedDocument;
import dev.sentag.model.AnnotatedSentence;
import java.io.IOException;

/**
 * JSON Lines (https://jsonlines.org), one object per document: {@code id}, {@code title}, {@code text},
 * {@code metadata} (the stored JSON object; null when there is none, a string if what is stored is not JSON) and {@code sentences}: the selected sentences as
 * {@code {index, start, end, text, label, note, annotator, speaker, links}} ({@code links}: the annotator's links
 * starting at the sentence, {@code [{"to": INDEX, "type": TYPE}]}, to sentences in the file: a link to one the
 * options left out is not written, so the file always re-imports). start/end are UTF-16 offsets into
 * {@code text}, like the sentence-per-line jsonl, so the two re-import the same way.
 */
final class JsonlDocsWriter implements ExportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonLines lines;

    JsonlDocsWriter(ExportSink sink, WriterSettings settings) throws IOException {
        this.lines = new JsonLines(sink.main());
    }

    @Override
    public void write(ExportedDocument exported) throws IOException {
        AnnotatedDocument doc = exported.document();
        JsonGenerator json = lines.begin();
        json.writeStartObject();
        json.writeNumberField("id", doc.id());
        json.writeStringField("title", doc.title());
        json.writeStringField("text", doc.text());
        json.writeFieldName("metadata");
        if (doc.metadata() == null) {
            json.writeNull();
        } else {
            writeMetadata(json, doc.metadata());
        }
        json.writeArrayFieldStart("sentences");
        // A link to a sentence the options left out (untagged, excluded) would name a sentence the file lacks.
        java.util.Set<Integer> written = new java.util.HashSet<>();
        exported.selected().forEach(s -> written.add(s.index()));
        for (AnnotatedSentence s : exported.selected()) {
            json.writeStartObject();
            json.writeNumberField("index", s.index());
            json.writeNumberField("start", s.start());
            json.writeNumberField("end", s.end());
            json.writeStringField("text", s.text());
            json.writeStringField("label", s.label());
            json.writeStringField("note", s.note());
            json.writeStringField("annotator", s.annotator() != null ? s.annotator() : linksAnnotator(doc, s));
            json.writeStringField("speaker", doc.links().speakers().get(s.index()));
            json.writeFieldName("links");
            json.writeRawValue(LinkColumns.outgoing(doc.links(), s, written));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        lines.end();
    }

    /** An untagged sentence with a speaker or links still names whose they are, so they re-import under that name. */
    private static String linksAnnotator(AnnotatedDocument doc, AnnotatedSentence s) {
        boolean has = doc.links().speakers().containsKey(s.index()) || !doc.links().from(s.index()).isEmpty();
        return has ? doc.links().annotator() : null;
    }

    /** Stored as JSON text; written as the object itself, not as a string holding JSON. */
    private static void writeMetadata(JsonGenerator json, String metadata) throws IOException {
        JsonNode node;
        try {
            node = MAPPER.readTree(metadata);
        } catch (JsonProcessingException e) {
            // Not JSON after all (written by hand or an older tool): keep it, as the text it is.
            json.writeString(metadata);
            return;
        }
        MAPPER.writeTree(json, node);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
