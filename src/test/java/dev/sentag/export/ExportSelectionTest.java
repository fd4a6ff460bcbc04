package dev.sentag.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.store.Exclusions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options that choose documents and sentences, and the optional columns. */
class ExportSelectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    ExportFixture fx;
    long tricky;
    long plain;

    @BeforeEach
    void library() throws IOException {
        fx = new ExportFixture(dir);
        var ids = new ArrayList<>(fx.texts.keySet());
        tricky = ids.get(0);
        plain = ids.get(1);
    }

    @AfterEach
    void close() {
        fx.ws.close();
    }

    private ExportOptions options(boolean untagged, boolean excluded, Set<String> labels, Set<Long> docs,
                                  ExportOptions.DocumentState state, boolean context) {
        return new ExportOptions(null, untagged, excluded, labels, docs, state, context, null, null);
    }

    private List<JsonNode> jsonl(ExportFormat format, ExportOptions options) throws IOException {
        var out = new ByteArrayOutputStream();
        fx.ws.exports().export(format, options, out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void excludedSentencesAreLeftOutUnlessAskedFor() throws IOException {
        Exclusions.exclude(fx.ws.database(), tricky, 1);
        List<JsonNode> normal = jsonl(ExportFormat.JSONL, ExportOptions.defaults());
        assertEquals(fx.sentences - 1, normal.size());
        assertFalse(normal.stream().anyMatch(n -> n.get("doc_id").asLong() == tricky && n.get("sentence_index").asInt() == 1));
        assertFalse(normal.get(0).has("excluded"), "the column appears only when excluded sentences are exported");

        List<JsonNode> all = jsonl(ExportFormat.JSONL, options(true, true, Set.of(), Set.of(), null, false));
        assertEquals(fx.sentences, all.size());
        assertTrue(all.get(1).get("excluded").asBoolean());
        assertFalse(all.get(0).get("excluded").asBoolean());
    }

    @Test
    void excludedSentencesGetNoSpanInSpanFormats() throws IOException {
        Exclusions.exclude(fx.ws.database(), tricky, 1);
        JsonNode doc = jsonl(ExportFormat.DOCCANO, ExportOptions.defaults()).get(0);
        assertEquals(fx.tagged.stream().filter(t -> t.doc() == tricky).count() - 1, doc.get("label").size());
    }

    @Test
    void labelFilterKeepsOnlyThoseLabelsAndUntaggedOnlyWhenIncluded() throws IOException {
        List<JsonNode> claims = jsonl(ExportFormat.JSONL, options(false, false, Set.of("claim"), Set.of(), null, false));
        assertEquals(fx.tagged.stream().filter(t -> t.label().equals("Claim")).count(), claims.size());
        assertTrue(claims.stream().allMatch(n -> n.get("label").asText().equals("Claim")));

        List<JsonNode> withUntagged = jsonl(ExportFormat.JSONL, options(true, false, Set.of("Claim"), Set.of(), null, false));
        assertEquals(claims.size() + 2, withUntagged.size(), "one untagged sentence per document joins");
    }

    @Test
    void documentFilterAndTaggingStateChooseDocuments() throws IOException {
        List<JsonNode> onlyPlain = jsonl(ExportFormat.JSONL_DOCS, options(true, false, Set.of(), Set.of(plain), null, false));
        assertEquals(List.of(plain), onlyPlain.stream().map(n -> n.get("id").asLong()).toList());

        assertEquals(2, jsonl(ExportFormat.JSONL_DOCS,
                options(true, false, Set.of(), Set.of(), ExportOptions.DocumentState.STARTED, false)).size());
        assertEquals(0, jsonl(ExportFormat.JSONL_DOCS,
                options(true, false, Set.of(), Set.of(), ExportOptions.DocumentState.COMPLETE, false)).size());
        fx.ws.annotation().tag(plain, 2, "Claim");
        List<JsonNode> complete = jsonl(ExportFormat.JSONL_DOCS,
                options(true, false, Set.of(), Set.of(), ExportOptions.DocumentState.COMPLETE, false));
        assertEquals(List.of(plain), complete.stream().map(n -> n.get("id").asLong()).toList());
    }

    @Test
    void contextColumnsCarryTheNeighbouringSentences() throws IOException {
        List<JsonNode> lines = jsonl(ExportFormat.JSONL, options(true, false, Set.of(), Set.of(tricky), null, true));
        assertTrue(lines.get(0).get("prev_text").isNull());
        assertEquals(lines.get(0).get("text"), lines.get(1).get("prev_text"));
        assertEquals(lines.get(2).get("text"), lines.get(1).get("next_text"));
        assertTrue(lines.get(lines.size() - 1).get("next_text").isNull());
    }

    @Test
    void jsonlDocsWritesStoredMetadataAsAnObject() throws IOException {
        Exclusions.setMetadata(fx.ws.database(), tricky, "{\"url\":\"https://example.org/a\",\"date\":\"2024-05-01\"}");
        List<JsonNode> docs = jsonl(ExportFormat.JSONL_DOCS, ExportOptions.defaults());
        assertEquals("https://example.org/a", docs.get(0).get("metadata").get("url").asText());
        // A document without stored metadata still says where it came from.
        JsonNode plain = docs.get(1).get("metadata");
        List<String> keys = new java.util.ArrayList<>();
        plain.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("source", "imported_at"), keys);
        assertEquals("https://example.org/a", docs.get(0).get("metadata").get("url").asText());
    }

    @Test
    void folderFormatsRefuseStandardOutput() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> fx.ws.exports().export(ExportFormat.BRAT, ExportOptions.defaults(), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("--out"), e.getMessage());
    }

    @Test
    void previewShowsTheFirstLinesOnly() throws IOException {
        String preview = fx.ws.exports().preview(ExportFormat.JSONL, ExportOptions.defaults(), 3);
        assertEquals(3, preview.split("\n").length);
        String brat = fx.ws.exports().preview(ExportFormat.BRAT, ExportOptions.defaults(), 4);
        assertTrue(brat.startsWith("── annotation.conf ──\n[entities]"), brat);
    }
}
