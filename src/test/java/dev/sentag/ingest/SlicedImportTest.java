package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.perf.SyntheticCorpus;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder import run alongside the database thread (as the window runs it) commits in slices queued on that thread,
 * so work queued there meanwhile — a keypress's tag — runs between two slices, not after the whole import.
 */
class SlicedImportTest {
    private static final int ARTICLES = 400;

    @TempDir
    Path dir;

    @Test
    void workQueuedDuringAFolderImportRunsBetweenItsSlices() throws Exception {
        Path folder = dir.resolve("in");
        new SyntheticCorpus(3).writeFolder(folder, ARTICLES);
        try (Workspace ws = Workspace.open(dir.resolve("sentag.db"))) {
            ws.imports().importPasted("A first article. It is here before the import.", "First");
            var executor = ws.database().executor();
            CompletableFuture<List<ImportResult>> imported = CompletableFuture.supplyAsync(
                    () -> ws.imports().importAll(List.of(folder), ImportService.Progress.NONE),
                    task -> new Thread(task, "test-import").start());
            TreeSet<Integer> seen = new TreeSet<>();
            while (!imported.isDone()) {
                // A tag on the first article and the library's size, as one task on the database thread.
                seen.add(CompletableFuture.supplyAsync(() -> {
                    ws.annotation().tag(1, 0, "claim");
                    return ws.annotation().documents().size();
                }, executor).get());
            }

            assertEquals(ARTICLES, imported.get().stream().filter(r -> r instanceof ImportResult.Imported).count());
            assertEquals(1 + ARTICLES, ws.annotation().documents().size());
            List<Integer> between = seen.stream().filter(n -> n > 1 && n < 1 + ARTICLES).toList();
            assertTrue(between.size() >= 2, "tags ran between slices of the import, seen library sizes " + seen);
        }
    }
}
