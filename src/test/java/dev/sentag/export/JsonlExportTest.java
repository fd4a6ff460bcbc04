package dev.sentag.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.SeedFiles;
import dev.sentag.ingest.ImportResult;
import dev.sentag.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlExportTest {
    private static final Set<String> KEYS = new TreeSet<>(List.of("doc_id", "doc_title", "sentence_index", "start",
            "end", "text", "label", "annotator", "note", "updated_at", "source", "imported_at", "codebook_version", "unsure",
            "speaker", "links"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Workspace ws;
    final Map<Long, String> texts = new HashMap<>();
    int sentenceCount;

    @BeforeEach
    void importAndTag() {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.annotation().switchAnnotator("ada");
        for (Path seed : SeedFiles.both()) {
            ImportResult result = ws.imports().importFile(seed);
            var imported = assertInstanceOf(ImportResult.Imported.class, result, result::toString);
            texts.put(imported.documentId(), ws.annotation().open(imported.documentId()).orElseThrow().document().text());
            sentenceCount += imported.sentences();
        }
        long first = ws.annotation().documents().get(0).id();
        long second = ws.annotation().documents().get(1).id();
        ws.annotation().tag(first, 0, "Claim");
        ws.annotation().tag(first, 1, "Response");
        long noted = ws.annotation().tag(second, 0, "Background").sentence().id();
        ws.annotation().note(noted, "context only");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void everyLineIsAJsonObjectWithExactlyTheDocumentedKeys() throws IOException {
        List<JsonNode> lines = export(true);

        assertEquals(sentenceCount, lines.size());
        // Excluded sentences are asked for here (see export()), so each line also says whether it is one.
        Set<String> expected = new TreeSet<>(KEYS);
        expected.add("excluded");
        for (JsonNode line : lines) {
            Set<String> keys = new TreeSet<>();
            line.fieldNames().forEachRemaining(keys::add);
            assertEquals(expected, keys);
        }
    }

    @Test
    void textIsTheDocumentTextBetweenStartAndEnd() throws IOException {
        for (JsonNode line : export(true)) {
            String text = texts.get(line.get("doc_id").asLong());
            assertEquals(text.substring(line.get("start").asInt(), line.get("end").asInt()), line.get("text").asText());
        }
    }

    @Test
    void taggedSentencesCarryLabelAnnotatorNoteAndTime() throws IOException {
        List<JsonNode> tagged = export(true).stream().filter(l -> !l.get("label").isNull()).toList();

        assertEquals(List.of("Claim", "Response", "Background"), tagged.stream().map(l -> l.get("label").asText()).toList());
        for (JsonNode line : tagged) {
            assertEquals("ada", line.get("annotator").asText());
            Instant.parse(line.get("updated_at").asText());
        }
        assertEquals("context only", tagged.get(2).get("note").asText());
        assertTrue(tagged.get(0).get("note").isNull());
        assertEquals("Pakistan’s missile program is ’emerging threat’, top US official says", tagged.get(0).get("doc_title").asText());
    }

    @Test
    void untaggedSentencesHaveNullLabelAndAreLeftOutOnRequest() throws IOException {
        List<JsonNode> all = export(true);
        JsonNode untagged = all.get(2);
        assertTrue(untagged.get("label").isNull());
        assertTrue(untagged.get("annotator").isNull());
        assertTrue(untagged.get("updated_at").isNull());

        List<JsonNode> taggedOnly = export(false);

        assertEquals(3, taggedOnly.size());
        assertFalse(taggedOnly.stream().anyMatch(l -> l.get("label").isNull()));
    }

    @Test
    void sentencesComeInDocumentAndSentenceOrder() throws IOException {
        List<JsonNode> lines = export(true);
        for (int i = 1; i < lines.size(); i++) {
            JsonNode a = lines.get(i - 1);
            JsonNode b = lines.get(i);
            boolean ordered = a.get("doc_id").asLong() < b.get("doc_id").asLong()
                    || a.get("doc_id").asLong() == b.get("doc_id").asLong()
                    && a.get("sentence_index").asInt() + 1 == b.get("sentence_index").asInt();
            assertTrue(ordered, () -> a + " then " + b);
        }
    }

    @Test
    void anotherAnnotatorsExportHasNoneOfAdasLabels() throws IOException {
        ws.annotation().switchAnnotator("bob");
        assertEquals(0, export(false).size());
        var options = new ExportOptions("ada", false, true);
        assertEquals(3, ws.exports().export(ExportFormat.JSONL, options, new ByteArrayOutputStream()));
    }

    @Test
    void unknownAnnotatorIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> ws.exports()
                .export(ExportFormat.JSONL, new ExportOptions("nobody", true), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("nobody"), e.getMessage());
    }

    private List<JsonNode> export(boolean includeUntagged) throws IOException {
        var out = new ByteArrayOutputStream();
        long written = ws.exports().export(ExportFormat.JSONL, new ExportOptions(null, includeUntagged, true), out);
        String body = out.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty()) {
                JsonNode node = JSON.readTree(line);
                assertTrue(node.isObject(), line);
                lines.add(node);
            }
        }
        assertTrue(body.isEmpty() || body.endsWith("\n"), "every line ends with a newline");
        assertEquals(written, lines.size(), "the returned count matches the lines written");
        return lines;
    }
}
