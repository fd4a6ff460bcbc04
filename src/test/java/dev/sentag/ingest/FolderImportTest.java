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

    /**
     * A folder import hashes a plain UTF-8 file's bytes as read; the hash must be the one of its stored text, as for
     * any other way in (here: the same texts pasted are found as duplicates), whatever the file held: a byte-order
     * mark, Windows or old Mac line endings, UTF-16, characters beyond the BMP, a page of HTML.
     */
    @Test
    void filesHashedAsReadGetTheHashOfTheirStoredText() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-plain.txt"), "Plain\n\nCafé — naïve 😀 text. A second sentence.\n");
        Files.write(in.resolve("b-bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "With a mark\n\nThe mark is dropped. Yes.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Files.writeString(in.resolve("c-crlf.txt"), "Windows\r\n\r\nLine endings here. More.\r\n");
        Files.writeString(in.resolve("d-cr.txt"), "Old Mac\r\rLine endings there. More.\r");
        Files.write(in.resolve("e-utf16.txt"), "Sixteen bits\n\nIn UTF-16. Sure.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16));
        Files.writeString(in.resolve("f-page.html"), "<html><head><title>A page</title></head><body><p>One para."
                + " Two.</p></body></html>");
        try (Workspace ws = Workspace.open(dir.resolve("s.db"))) {
            List<ImportResult> results = ws.imports().importAll(List.of(in), ImportService.Progress.NONE);

            assertEquals(6, results.stream().filter(r -> r instanceof ImportResult.Imported).count(), results::toString);
            for (var summary : ws.annotation().documents()) {
                var document = ws.annotation().open(summary.id()).orElseThrow().document();
                assertEquals(ImportService.contentHash(document.text()), document.contentHash(), document.title());
                var again = assertInstanceOf(ImportResult.Duplicate.class,
                        ws.imports().importText(document.text(), "again", "test"), document.title());
                assertEquals(summary.id(), again.existingId());
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
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
