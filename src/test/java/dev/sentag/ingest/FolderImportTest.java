package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderImportTest {
    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedRecursivelyAndBadFilesAreListedWithoutStoppingTheRest() throws IOException {
        Path root = Files.createDirectories(dir.resolve("in/sub/deeper"));
        Files.writeString(dir.resolve("in/a.txt"), "Alpha\n\nThe first article. It is short.\n");
        Files.writeString(root.resolve("b.jsonl"), "{\"text\": \"Beta article.\"}\n{\"text\": \"Gamma article.\"}\n");
        Files.write(dir.resolve("in/sub/empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("in/sub/notes.md"), "# not imported");
        try (Workspace ws = Workspace.open(dir.resolve("s.db"))) {
            List<ImportResult> results = ws.imports().importPath(dir.resolve("in"));

            assertEquals(4, results.size(), results::toString);
            assertEquals(3, results.stream().filter(r -> r instanceof ImportResult.Imported).count());
            var failed = assertInstanceOf(ImportResult.Failed.class, results.get(3));
            assertTrue(failed.message().contains("empty.txt") && failed.message().contains("empty"), failed.message());
            assertEquals(3, ws.annotation().documents().size());
        }
    }

    @Test
    void aFolderWithoutSupportedFilesSaysSo() throws IOException {
        Files.createDirectories(dir.resolve("pics"));
        Files.write(dir.resolve("pics/a.png"), new byte[] {1, 2, 3});
        try (Workspace ws = Workspace.open(dir.resolve("s.db"))) {
            List<ImportResult> results = ws.imports().importPath(dir.resolve("pics"));
            var failed = assertInstanceOf(ImportResult.Failed.class, results.get(0));
            assertTrue(failed.message().contains("no files to import"), failed.message());
        }
    }

    @Test
    void aPathThatDoesNotExistIsNamed() {
        try (Workspace ws = Workspace.open(dir.resolve("s.db"))) {
            var failed = assertInstanceOf(ImportResult.Failed.class, ws.imports().importPath(dir.resolve("nope")).get(0));
            assertTrue(failed.message().contains("nope: no such file"), failed.message());
        }
    }
}
