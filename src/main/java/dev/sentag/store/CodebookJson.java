package dev.sentag.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentag.model.Codebook;
import dev.sentag.model.CodebookLabel;
import dev.sentag.model.CodebookRelation;
import dev.sentag.model.RelationType;
import dev.sentag.model.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The codebook file a team shares: {@code {"format": "sentag-codebook", "version": N, "labels": [{name, key,
 * color, definition, include, exclude, examples: [..]}], ...}} with the active labels in key order.
 * Extra sections (relation types, which another part of Sentag owns) are written and read back as they are.
 * Plain JSON, no SQL: it lives in store so that annotate (the codebook file), export (jsonl-docs carries the
 * codebook) and ingest (which reads it back) share one reader and writer.
 */
public final class CodebookJson {
    public static final String FORMAT = "sentag-codebook";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CodebookJson() {
    }

    /** A codebook read from a file: its labels (id 0) and any other sections by name. */
    public record Parsed(List<CodebookLabel> labels, Map<String, JsonNode> sections) {
    }

    /** The JSON of a codebook's active labels, with {@code sections} added (e.g. "relation_types"). */
    public static String write(Codebook codebook, Map<String, JsonNode> sections) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", codebook.version());
        root.set("labels", labelsNode(codebook));
        sections.forEach(root::set);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The "labels" array of the file, also carried by jsonl-docs exports. */
    public static ArrayNode labelsNode(Codebook codebook) {
        ArrayNode labels = JSON.createArrayNode();
        for (CodebookLabel l : codebook.active()) {
            ObjectNode o = labels.addObject();
            o.put("name", l.name());
            o.put("key", l.label().key());
            o.put("color", l.label().colour());
            o.put("definition", l.definition());
            o.put("include", l.includeNote());
            o.put("exclude", l.excludeNote());
            ArrayNode examples = o.putArray("examples");
            l.examples().forEach(examples::add);
        }
        return labels;
    }

    /** Reads a codebook file; {@code source} names it in errors (IllegalArgumentException: bad input). */
    public static Parsed read(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + "): " + e.getOriginalMessage().replaceAll("(?s) \\(start marker.*|\n.*", ""));
        }
        if (root == null || !root.isObject() || !root.path("labels").isArray()) {
            throw new IllegalArgumentException(source + " has no \"labels\" list; it is not a Sentag codebook.");
        }
        List<CodebookLabel> labels = readLabels(root.get("labels"), source);
        Map<String, JsonNode> sections = new java.util.LinkedHashMap<>();
        root.fields().forEachRemaining(f -> {
            if (!List.of("format", "version", "labels").contains(f.getKey())) {
                sections.put(f.getKey(), f.getValue());
            }
        });
        return new Parsed(labels, sections);
    }

    /** The labels of a "labels" array (from a codebook file or a jsonl-docs line). */
    public static List<CodebookLabel> readLabels(JsonNode array, String source) {
        List<CodebookLabel> out = new ArrayList<>();
        int i = 0;
        for (JsonNode l : array) {
            i++;
            if (!l.isObject() || !l.path("name").isTextual()) {
                throw new IllegalArgumentException(source + ": label " + i + " has no \"name\".");
            }
            String colour = l.path("color").isTextual() ? l.get("color").asText()
                    : Codebook.PALETTE.get((i - 1) % Codebook.PALETTE.size());
            String key = l.path("key").isTextual() || l.path("key").isNumber() ? l.get("key").asText() : null;
            if (!colour.matches("#[0-9A-Fa-f]{6}")) {
                throw new IllegalArgumentException(source + ": label '" + l.get("name").asText()
                        + "' has colour '" + colour + "', not #RRGGBB.");
            }
            if (key != null && key.length() != 1) {
                throw new IllegalArgumentException(source + ": label '" + l.get("name").asText()
                        + "' has key '" + key + "', not one of 1-9.");
            }
            String name = l.get("name").asText();
            if (name.isBlank()) {
                throw new IllegalArgumentException(source + ": label " + i + " has an empty name.");
            }
            List<String> examples = new ArrayList<>();
            l.path("examples").forEach(e -> examples.add(e.asText()));
            out.add(new CodebookLabel(new Label(0, name, key, colour, i), l.path("definition").asText(""),
                    l.path("include").asText(""), l.path("exclude").asText(""), examples, false));
        }
        return out;
    }

    /** The "relation_types" section: the active link types in order, {@code {name, key, color, description}}. */
    public static ArrayNode relationsNode(List<CodebookRelation> relations) {
        ArrayNode out = JSON.createArrayNode();
        for (CodebookRelation r : relations) {
            ObjectNode o = out.addObject();
            o.put("name", r.name());
            o.put("key", r.type().key());
            o.put("color", r.type().colour());
            o.put("description", r.description());
        }
        return out;
    }

    /**
     * The link types of a "relation_types" section (id 0; names, keys and colours as written, for the annotate
     * layer to check); a section that is not a list of objects with names is refused.
     */
    public static List<CodebookRelation> readRelations(JsonNode array, String source) {
        if (!array.isArray()) {
            throw new IllegalArgumentException(source + ": \"relation_types\" is not a list.");
        }
        List<CodebookRelation> out = new ArrayList<>();
        int i = 0;
        for (JsonNode r : array) {
            i++;
            if (!r.isObject() || !r.path("name").isTextual() || r.get("name").asText().isBlank()) {
                throw new IllegalArgumentException(source + ": link type " + i + " has no \"name\".");
            }
            String name = r.get("name").asText().strip();
            String colour = r.path("color").isTextual() ? r.get("color").asText().strip()
                    : Codebook.PALETTE.get((i - 1) % Codebook.PALETTE.size());
            String key = r.path("key").isTextual() ? r.get("key").asText().strip() : null;
            try {
                out.add(new CodebookRelation(new RelationType(0, name, key, colour, i),
                        r.path("description").asText(""), false));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": link type '" + name + "': " + e.getMessage() + ".");
            }
        }
        return out;
    }
}
