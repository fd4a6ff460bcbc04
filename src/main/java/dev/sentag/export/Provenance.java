package dev.sentag.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentag.model.AnnotatedDocument;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Where a document came from, as every export writes it: {@code source} (the file path or URL it was
 * imported from; null for pasted text) and {@code imported_at} (ISO-8601 UTC). One place, so every format
 * names and formats the two the same way.
 */
final class Provenance {
    static final String SOURCE = "source";
    static final String IMPORTED_AT = "imported_at";
    /** Prefix for a stored metadata key the provenance would otherwise overwrite (a JSONL field "source": "Reuters"). */
    static final String ORIGINAL = "original_";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Provenance() {
    }

    static String source(AnnotatedDocument doc) {
        return doc.source();
    }

    static String importedAt(AnnotatedDocument doc) {
        return doc.importedAt() == null ? null : doc.importedAt().toString();
    }

    /** Writes the two fields into the JSON object being written. */
    static void writeFields(JsonGenerator json, AnnotatedDocument doc) throws IOException {
        json.writeStringField(SOURCE, source(doc));
        json.writeStringField(IMPORTED_AT, importedAt(doc));
    }

    /** Writes {@code field: {"source": …, "imported_at": …}} into the JSON object being written. */
    static void writeObject(JsonGenerator json, String field, AnnotatedDocument doc) throws IOException {
        json.writeObjectFieldStart(field);
        writeFields(json, doc);
        json.writeEndObject();
    }

    /**
     * The document's stored metadata with its provenance added. The library's own source and import time
     * win; a stored key of the same name with another value (what the source file said, or the provenance
     * of an earlier export read back) is kept under {@code original_source} / {@code original_imported_at}.
     * Stored metadata that is not a JSON object (written by hand or an older tool) is kept as text under
     * {@code original_metadata}.
     */
    static ObjectNode metadata(AnnotatedDocument doc) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put(SOURCE, source(doc));
        out.put(IMPORTED_AT, importedAt(doc));
        if (doc.metadata() == null) {
            return out;
        }
        JsonNode stored;
        try {
            stored = MAPPER.readTree(doc.metadata());
        } catch (JsonProcessingException e) {
            stored = null;
        }
        if (stored == null || !stored.isObject()) {
            out.put(ORIGINAL + "metadata", doc.metadata());
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = stored.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (!out.has(key)) {
                out.set(key, field.getValue());
            } else if (!out.get(key).equals(field.getValue()) && !stored.has(ORIGINAL + key)) {
                out.set(ORIGINAL + key, field.getValue());
            }
        }
        return out;
    }

    /** Writes {@link #metadata} as the value of the field just named. */
    static void writeMetadata(JsonGenerator json, AnnotatedDocument doc) throws IOException {
        MAPPER.writeTree(json, metadata(doc));
    }
}
