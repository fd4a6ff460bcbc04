package dev.sentag.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.model.AnnotatedSentence;
import dev.sentag.model.DocumentLinks;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The link and speaker columns of the one-row-per-sentence formats: {@code speaker} (string or null) and
 * {@code links}, the links that start at the sentence as a JSON list of {@code {"to": INDEX, "type": TYPE}}
 * (in jsonl a JSON array, in CSV one cell holding the same JSON text).
 */
final class LinkColumns {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** JSON text written as a value in JSON formats and as its text in CSV. */
    record Json(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private LinkColumns() {
    }

    static List<SentenceColumns.Column> columns() {
        return List.of(new SentenceColumns.Column("speaker", (d, s) -> d.document().links().speakers().get(s.index())),
                new SentenceColumns.Column("links", (d, s) -> new Json(outgoing(d.document().links(), s))));
    }

    /** {@code [{"to": 3, "type": "responds_to"}, …]} for the links starting at {@code s}. */
    static String outgoing(DocumentLinks links, AnnotatedSentence s) {
        return outgoing(links, s, null);
    }

    /** The same, only for targets in {@code written} (null: every target). */
    static String outgoing(DocumentLinks links, AnnotatedSentence s, java.util.Set<Integer> written) {
        List<Map<String, Object>> out = links.from(s.index()).stream()
                .filter(l -> written == null || written.contains(l.to())).map(LinkColumns::object).toList();
        try {
            return MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> object(DocumentLinks.LinkAt l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("to", l.to());
        m.put("type", l.type());
        return m;
    }
}
