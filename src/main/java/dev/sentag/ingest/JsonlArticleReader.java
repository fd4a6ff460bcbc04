package dev.sentag.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.model.DocumentDraft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines of articles, one object a line: {@code text} required, {@code title} used as the title
 * (else the text's first line), every other field ({@code id}, {@code url}, {@code date}, ...) kept as
 * metadata. A file with any bad line yields nothing: half a file imported is harder to fix than none.
 */
public final class JsonlArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextArticleReader articles;

    public JsonlArticleReader(TextArticleReader articles) {
        this.articles = articles;
    }

    /** The drafts of every line of {@code text} (already decoded); {@code name} names the file in errors. */
    public List<DocumentDraft> read(String text, String name, String source) throws ImportException {
        List<DocumentDraft> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(line(lines[i], name + ", line " + (i + 1), source));
            }
        }
        if (out.isEmpty()) {
            throw new ImportException(name + ": the file is empty" + (text.isEmpty() ? "." : " (only whitespace)."));
        }
        return out;
    }

    private DocumentDraft line(String line, String where, String source) throws ImportException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ImportException(where + ": not valid JSON (" + e.getOriginalMessage()
                    + "); nothing from this file was imported.");
        }
        if (node == null || !node.isObject()) {
            throw new ImportException(where + ": expected a JSON object; nothing from this file was imported.");
        }
        JsonNode body = node.get("text");
        if (body == null || !body.isTextual()) {
            throw new ImportException(where + ": no \"text\" field with the article; nothing from this file was"
                    + " imported.");
        }
        if (body.asText().isBlank()) {
            throw new ImportException(where + ": the \"text\" field is empty; nothing from this file was imported.");
        }
        String text = TextDecoder.normaliseLineEndings(body.asText());
        DocumentDraft draft = articles.read(text, where, source);
        Map<String, Object> metadata = new LinkedHashMap<>();
        node.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("text") && !f.getKey().equals("title") && !f.getValue().isNull()) {
                metadata.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
            }
        });
        JsonNode title = node.get("title");
        String chosen = title != null && title.isTextual() && !title.asText().isBlank()
                ? TextArticleReader.title(title.asText()) : draft.title();
        return new DocumentDraft(chosen, draft.source(), draft.text(), draft.sentences(), draft.excluded(), metadata);
    }
}
