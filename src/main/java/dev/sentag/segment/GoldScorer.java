package dev.sentag.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Scores a {@link SentenceSegmenter} on gold JSONL files ({"id", "text", "sentences": [...]} a
 * line): a case passes when the segmented spans, each stripped, equal the gold sentences exactly.
 */
public final class GoldScorer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldScorer() {
    }

    /** Reads the cases of a gold JSONL file; blank lines are ignored. */
    public static List<GoldCase> readCases(Path file) throws IOException {
        List<GoldCase> cases = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            if (!node.hasNonNull("text") || !node.has("sentences")) {
                throw new IOException(file + ":" + lineNo + ": missing \"text\" or \"sentences\"");
            }
            List<String> sentences = new ArrayList<>();
            node.get("sentences").forEach(s -> sentences.add(s.asText()));
            cases.add(new GoldCase(node.path("id").asText(String.valueOf(lineNo)),
                    node.get("text").asText(), sentences, otherFields(node)));
        }
        return cases;
    }

    private static Map<String, String> otherFields(JsonNode node) {
        Map<String, String> fields = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (field.getValue().isValueNode() && !field.getValue().isNull()
                    && !name.equals("id") && !name.equals("text")) {
                fields.put(name, field.getValue().asText());
            }
        }
        return fields;
    }

    /** Scores {@code segmenter} on every case of a gold JSONL file. */
    public static GoldScore score(SentenceSegmenter segmenter, Path file) {
        try {
            return score(segmenter, readCases(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }

    /** Scores {@code segmenter} on the given cases. */
    public static GoldScore score(SentenceSegmenter segmenter, List<GoldCase> cases) {
        List<CaseResult> results = new ArrayList<>(cases.size());
        for (GoldCase gold : cases) {
            List<String> actual = segmenter.segment(gold.text()).stream()
                    .map(span -> span.of(gold.text()).strip())
                    .toList();
            results.add(new CaseResult(gold, actual, actual.equals(gold.sentences())));
        }
        return new GoldScore(results);
    }
}
