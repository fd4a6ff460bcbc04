package dev.sentag.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The documents.metadata column: a JSON object of what the source said about an article. */
final class MetadataJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetadataJson() {
    }

    static String write(Map<String, Object> metadata) {
        try {
            return MAPPER.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new StoreException("The document's metadata cannot be stored as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("The document's stored metadata is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
