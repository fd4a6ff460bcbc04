package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.store.StoreFaults;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of single-article files is committed a batch at a time, yet reads as a file-by-file import. */
class BatchedImportTest {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void openWorkspace() {
        ws = Workspace.open(dir.resolve("sentag.db"));
    }

    @AfterEach
    void closeWorkspace() {
        ws.close();
    }

    private static String article(int i) {
        return "Report number " + i + "\n\nThe ministry said on Monday that report " + i + " was unfounded. "
                + "A spokesman, Dr. Lee, added that talks would continue.\n";
    }

    @Test
    void resultsFollowTheFilesAcrossBatchesWithDuplicatesAndBadFilesInPlace() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        int files = ArticleFileBatches.MAX_FILES * 2 + 37;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Path f = folder.resolve(String.format("a%05d.txt", i));
            if (i == 5 || i == ArticleFileBatches.MAX_FILES + 3) {
                Files.writeString(f, article(2)); // the same text as file 2: in the same batch, then in a later one
                expected.add("Duplicate");
            } else if (i == 10) {
                Files.writeString(f, "  \n");
                expected.add("Failed");
            } else if (i == 600) {
                Files.move(Files.writeString(dir.resolve("x"), "{\"text\": \"" + article(100_000).replace("\n", "\\n")
                        + "\"}\n"), folder.resolve("a00600.jsonl"));
                expected.add("Imported"); // a jsonl file in the middle goes its own way, in its place
            } else {
                Files.writeString(f, article(i));
                expected.add("Imported");
            }
        }

        List<ImportResult> results = ws.imports().importAll(List.of(folder), ImportService.Progress.NONE);

        assertEquals(expected, results.stream().map(r -> r.getClass().getSimpleName()).toList());
        List<Path> sorted;
        try (var walk = Files.list(folder)) {
            sorted = walk.sorted().toList();
        }
        for (int i = 0; i < files; i++) {
            assertTrue(results.get(i).toString().contains(sorted.get(i).getFileName().toString()),
                    "result " + i + " names its file: " + results.get(i));
        }
        long imported = expected.stream().filter("Imported"::equals).count();
        assertEquals(imported, ws.annotation().documents().size());
        var dup = assertInstanceOf(ImportResult.Duplicate.class, results.get(ArticleFileBatches.MAX_FILES + 3));
        assertEquals(((ImportResult.Imported) results.get(2)).documentId(), dup.existingId());
    }

    @Test
    void aBatchThatRunsOutOfDiskFallsBackToOneFileAtATime() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        String body = "The ministry said the claims were unfounded and would be answered in full. ".repeat(60);
        for (int i = 0; i < 40; i++) {
            Files.writeString(folder.resolve(String.format("a%03d.txt", i)), "Report " + i + "\n\n" + body + i + "\n");
        }
        StoreFaults.roomFor(ws.database(), 40); // room for some of the 40 articles (~5 KB each), not for all

        List<ImportResult> results = ws.imports().importAll(List.of(folder), ImportService.Progress.NONE);

        long stored = results.stream().filter(ImportResult.Imported.class::isInstance).count();
        List<ImportResult> failed = results.stream().filter(ImportResult.Failed.class::isInstance).toList();
        assertEquals(40, results.size());
        assertTrue(stored > 0 && !failed.isEmpty(), "some fit, the rest did not: " + results);
        assertTrue(failed.get(0).toString().contains("full"), failed.get(0).toString());
        assertEquals(stored, ws.annotation().documents().size(), "every article reported imported is in the library");
        ws.annotation().documents().forEach(d -> assertTrue(
                ws.annotation().open(d.id()).orElseThrow().sentences().size() > 1, "stored whole: " + d.title()));
    }
}
