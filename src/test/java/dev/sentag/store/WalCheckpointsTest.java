package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import dev.sentag.ingest.ImportResult;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Checkpoints of an SQLite library's WAL run in a pause of the tagging, not inside a keypress's commit. */
class WalCheckpointsTest {
    @TempDir
    Path dir;

    @Test
    void tagsReachTheDatabaseFileLongBeforeTheInlineBound() throws Exception {
        Path db = dir.resolve("wal.db");
        try (Workspace ws = Workspace.open(db)) {
            long doc = assertInstanceOf(ImportResult.Imported.class, ws.imports().importPasted(
                    "One sentence here. Another one there. A third one too.", "Three")).documentId();
            List<Long> sentences = ws.annotation().open(doc).orElseThrow().sentences().stream().map(s -> s.id()).toList();
            long[] labels = ws.annotation().labels().labels().stream().mapToLong(l -> l.id()).toArray();
            // Far fewer pages than the inline bound: without the checkpoint in the pause the file would not change.
            for (int i = 0; i < 2 * WalCheckpoints.MIN_WRITES; i++) {
                ws.annotation().tag(sentences.get(i % sentences.size()), labels[i % labels.length]);
            }
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> rowsInTheFileAlone(db, "tag_history") == 2 * WalCheckpoints.MIN_WRITES);
            long walPages = Files.size(Path.of(db + "-wal")) / 4096;
            assertTrue(walPages < WalCheckpoints.INLINE_PAGES, walPages + " pages of WAL");
        }
        // The library closed cleanly: everything is in the file, the tags of all 128 keypresses with their history.
        assertEquals(2 * WalCheckpoints.MIN_WRITES, SqliteProbe.count(db, "tag_history"));
        assertTrue(Files.notExists(Path.of(db + "-wal")));
    }

    @Test
    void aLoneTagReachesTheDatabaseFileAfterALongerPause() throws Exception {
        Path db = dir.resolve("few.db");
        try (Workspace ws = Workspace.open(db)) {
            long doc = assertInstanceOf(ImportResult.Imported.class, ws.imports().importPasted(
                    "One sentence here. Another one there.", "Two")).documentId();
            long sentence = ws.annotation().open(doc).orElseThrow().sentences().get(0).id();
            long label = ws.annotation().labels().labels().get(0).id();
            ws.annotation().tag(sentence, label);
            // One write, far below MIN_WRITES: it is copied into the file itself once the writes have paused.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rowsInTheFileAlone(db, "tags") == 1);
        }
    }

    @Test
    void slicesOfLongWorkReachTheDatabaseFileWhileTheyGoOnWithoutAPause() throws Exception {
        Path path = dir.resolve("slices.db");
        Database db = Database.open(path);
        try {
            long start = System.nanoTime();
            int slices = 0;
            long alone = 0;
            // Small quick slices back to back, as an import's: never the pause the tag's checkpoint waits for, and far
            // below the inline bound. Only the checkpoint aside every SLICES_MS ms brings them into the file.
            while (alone <= 0 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20)) {
                int n = slices++;
                db.executor().submit(() -> QuickSlices.run(db, c -> {
                    try (var st = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, 'x')")) {
                        st.setString(1, "slice " + n);
                        return st.executeUpdate();
                    }
                }, false)).get();
                if (slices % 20 == 0) {
                    alone = rowsInTheFileAlone(path, "settings") - 1; // the library's own label_set row
                }
            }
            assertTrue(alone > 0, "no slice reached the file in 20 s of slices: " + slices);
            long walPages = Files.size(Path.of(path + "-wal")) / 4096;
            assertTrue(walPages < WalCheckpoints.INLINE_PAGES, "the slices reached the file only through the inline bound: "
                    + walPages + " pages of WAL");
        } finally {
            db.close();
        }
    }

    /** The rows of {@code table} in the database file without its WAL (a copy of the file alone); -1 if torn. */
    private long rowsInTheFileAlone(Path db, String table) {
        try {
            Path copy = Files.createTempDirectory(dir, "alone").resolve("copy.db");
            Files.copy(db, copy);
            return SqliteProbe.count(copy, table);
        } catch (Exception torn) {
            return -1;
        }
    }
}
