package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlImportTest {
    private static final String GOOD = """
            {"id": "a1", "title": "Port reopens", "url": "https://example.org/a1", "date": "2025-01-18", "text": "The port reopened on Monday. Ships queued.\\nRead more: Storm damage"}
            {"text": "Council votes\\n\\nThe council voted 7-2 on Tuesday.", "section": "local"}
            """;

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("s.db"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void eachLineBecomesADocumentWithTitleMetadataAndResidueExcluded() throws IOException {
        List<ImportResult> results = ws.imports().importPath(write("a.jsonl", GOOD));

        assertEquals(2, results.size(), results::toString);
        var first = assertInstanceOf(ImportResult.Imported.class, results.get(0));
        var second = assertInstanceOf(ImportResult.Imported.class, results.get(1));
        assertEquals("Port reopens", first.title());
        assertEquals(1, first.excluded(), "the Read more line");
        assertEquals("Council votes", second.title(), "no title field: the first line");
        var doc = ws.annotation().open(first.documentId()).orElseThrow();
        assertEquals("The port reopened on Monday. Ships queued.\nRead more: Storm damage", doc.document().text());
        assertEquals(Map.of("id", "a1", "url", "https://example.org/a1", "date", "2025-01-18"),
                metadata(first.documentId()));
        assertEquals(Map.of("section", "local"), metadata(second.documentId()));
    }

    @Test
    void aMalformedLineIsNamedAndNothingFromTheFileIsImported() throws IOException {
        String bad = GOOD + "{\"text\": \"Unclosed\n";
        assertFailsNamingAndStoresNothing(write("bad.jsonl", bad), "bad.jsonl, line 3", "not valid JSON");
    }

    @Test
    void aLineWithoutTextIsNamedAndNothingFromTheFileIsImported() throws IOException {
        String bad = "{\"title\": \"No body\"}\n" + GOOD;
        assertFailsNamingAndStoresNothing(write("notext.jsonl", bad), "notext.jsonl, line 1", "no \"text\" field");
    }

    @Test
    void aLineThatIsNotAnObjectIsRefused() throws IOException {
        assertFailsNamingAndStoresNothing(write("arr.jsonl", "[1, 2]\n"), "arr.jsonl, line 1", "JSON object");
    }

    @Test
    void anEmptyJsonlFileIsRefused() throws IOException {
        assertFailsNamingAndStoresNothing(write("empty.jsonl", "\n\n"), "empty.jsonl", "empty");
    }

    private Map<String, Object> metadata(long documentId) {
        return new dev.sentag.store.DocumentRepository(ws.database()).metadata(documentId);
    }

    private void assertFailsNamingAndStoresNothing(Path file, String... inMessage) {
        List<ImportResult> results = ws.imports().importPath(file);
        assertEquals(1, results.size(), results::toString);
        var failed = assertInstanceOf(ImportResult.Failed.class, results.get(0));
        for (String part : inMessage) {
            assertTrue(failed.message().contains(part), failed.message());
        }
        assertEquals(0, ws.annotation().documents().size());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
