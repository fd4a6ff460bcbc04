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
 * metadata. Lines of Sentag's own jsonl-docs export come back with their sentences and tags
 * ({@link SentagDocsLine}). A file with any bad line yields nothing: half a file is harder to fix than none.
 */
public final class JsonlArticleReader {
    /** Made on first use: the import service is made at every start, which need not load Jackson's 370 classes. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final TextArticleReader articles;

    public JsonlArticleReader(TextArticleReader articles) {
        this.articles = articles;
    }

    /** The drafts of every line of {@code text} (already decoded); {@code name} names the file in errors. */
    public List<ArticleWithTags> read(String text, String name, String source) throws ImportException {
        List<ArticleWithTags> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        List<JsonNode> sentenceLines = new ArrayList<>();
        List<String> sentenceWhere = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = name + ", line " + (i + 1);
            JsonNode node = parse(lines[i], where);
            if (SentagSentenceLines.matches(node)) {
                sentenceLines.add(node);
                sentenceWhere.add(where);
            } else {
                out.add(line(node, where, source));
            }
        }
        if (!sentenceLines.isEmpty() && !out.isEmpty()) {
            throw new ImportException(name + ": mixes Sentag's per-sentence export with other lines; nothing from"
                    + " this file was imported.");
        }
        if (!sentenceLines.isEmpty()) {
            out.addAll(SentagSentenceLines.read(sentenceLines, sentenceWhere, source));
        }
        if (out.isEmpty()) {
            throw new ImportException(name + ": the file is empty" + (text.isEmpty() ? "." : " (only whitespace)."));
        }
        return out;
    }

    private static JsonNode parse(String line, String where) throws ImportException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ImportException(where + ": not valid JSON (" + e.getOriginalMessage()
                    + "); nothing from this file was imported.");
        }
        if (node == null || !node.isObject()) {
            throw new ImportException(where + ": expected a JSON object; nothing from this file was imported.");
        }
        return node;
    }

    private ArticleWithTags line(JsonNode node, String where, String source) throws ImportException {
        if (SentagDocsLine.matches(node)) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            if (node.path("metadata").isObject()) {
                metadata.putAll(Json.MAPPER.convertValue(node.get("metadata"), Map.class));
            }
            if (node.hasNonNull("id")) {
                metadata.putIfAbsent("exported_id", Json.MAPPER.convertValue(node.get("id"), Object.class));
            }
            return SentagDocsLine.read(node, where, source, metadata);
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
                metadata.put(f.getKey(), Json.MAPPER.convertValue(f.getValue(), Object.class));
            }
        });
        JsonNode title = node.get("title");
        String chosen = title != null && title.isTextual() && !title.asText().isBlank()
                ? TextArticleReader.title(title.asText()) : draft.title();
        return new ArticleWithTags(new DocumentDraft(chosen, draft.source(), draft.text(), draft.sentences(),
                draft.excluded(), metadata), List.of());
    }
}
