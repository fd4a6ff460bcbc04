package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.store.DocumentRepository;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
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
    void eachRowIsADocumentWithQuotedLineBreaksKeptAndOtherColumnsAsMetadata() throws IOException {
        Path file = write("a.csv", "title,text,url\r\n"
                + "Port reopens,\"The port reopened. Ships queued.\r\nRead more: Storm\",https://example.org/1\r\n"
                + ",\"Council votes\n\nThe council voted, 7-2, on \"\"Tuesday\"\".\",\r\n");
        List<ImportResult> results = ws.imports().importPath(file);

        assertEquals(2, results.size(), results::toString);
        var first = assertInstanceOf(ImportResult.Imported.class, results.get(0));
        var second = assertInstanceOf(ImportResult.Imported.class, results.get(1));
        assertEquals("Port reopens", first.title());
        assertEquals(1, first.excluded());
        assertEquals("Council votes", second.title());
        assertEquals("Council votes\n\nThe council voted, 7-2, on \"Tuesday\".",
                ws.annotation().open(second.documentId()).orElseThrow().document().text());
        assertEquals(Map.of("url", "https://example.org/1"),
                new DocumentRepository(ws.database()).metadata(first.documentId()));
    }

    @Test
    void theTextColumnCanBeNamed() throws IOException {
        Path file = write("b.csv", "headline,story\nHi,A story. It ends.\n");
        var result = ws.imports().withTextColumn("story").importPath(file).get(0);
        assertEquals(2, assertInstanceOf(ImportResult.Imported.class, result).sentences());
    }

    @Test
    void aCsvWithoutTheTextColumnIsRefused() throws IOException {
        assertFails(write("c.csv", "headline,story\nHi,A story.\n"), "c.csv", "no text column", "--text-column");
        assertFails(ws.imports().withTextColumn("body2"), write("d.csv", "x,y\n1,2\n"), "no column named 'body2'");
    }

    @Test
    void aRaggedRowIsNamedAndNothingFromTheFileIsImported() throws IOException {
        assertFails(write("e.csv", "title,text\nOne,First article.\nTwo,Second article.,extra\n"),
                "e.csv, row 3", "3 fields", "nothing from this file");
    }

    private void assertFails(Path file, String... parts) {
        assertFails(ws.imports(), file, parts);
    }

    private void assertFails(ImportService imports, Path file, String... parts) {
        List<ImportResult> results = imports.importPath(file);
        var failed = assertInstanceOf(ImportResult.Failed.class, results.get(0), results::toString);
        for (String part : parts) {
            assertTrue(failed.message().contains(part), failed.message());
        }
        assertEquals(0, ws.annotation().documents().size());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
