package dev.sentag.segment;

import java.util.List;
import java.util.Map;

/**
 * One gold case of a sentence-boundary test file.
 *
 * @param id        the case id, as text
 * @param text      the input text
 * @param sentences the expected sentences, stripped
 * @param fields    the case's other scalar fields as text ("source", "in_pysbd48", "disputed")
 */
public record GoldCase(String id, String text, List<String> sentences, Map<String, String> fields) {
    public GoldCase {
        sentences = List.copyOf(sentences);
        fields = Map.copyOf(fields);
    }

    /**
     * Whether field {@code flag} is set: true, or a non-empty note such as GUM's
     * {@code "disputed": "gold keeps ..."}. Absent, false and empty fields are not set.
     */
    public boolean has(String flag) {
        String value = fields.get(flag);
        return value != null && !value.isEmpty() && !value.equals("false");
    }
}
