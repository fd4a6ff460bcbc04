package dev.sentag.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import dev.sentag.store.StoreException;
import dev.sentag.workspace.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged library is refused without every open reading the whole file: the whole-file check runs at open after an
 * unclean shutdown, on request in the background (the window, once shown), and any statement that meets damage stops
 * all writing.
 */
class DamageDetectionTest {
    @TempDir
    Path dir;

    @Test
    void libraryDamagedWhileClosedCleanlyIsFoundByTheBackgroundCheckAndWritingStops() throws Exception {
        Path db = dir.resolve("lib.db");
        Library.withSeeds(db);
        assertTrue(markers(db).isEmpty(), "a clean close leaves no marker");
        scribbleSentencesRoot(db);

        try (Workspace ws = Workspace.openWithoutSnapshot(db)) { // opens: after a clean close only the schema is read
            var found = ws.database().checkForDamage();

            assertTrue(found.isPresent(), "the whole-file check finds the damaged page");
            assertTrue(found.get().contains("is damaged") && found.get().contains(db.toString()), found.get());
            byte[] before = Files.readAllBytes(db);
            StoreException refused = assertThrows(StoreException.class, () -> ws.annotation().rename(1, "New title"));
            assertTrue(refused.getMessage().contains("stopped writing"), refused.getMessage());
            assertArrayEquals(before, Files.readAllBytes(db), "nothing written after the damage was found");
        }
    }

    @Test
    void damageMetOnReadStopsWritingWithAClearMessage() throws Exception {
        Path db = dir.resolve("lib.db");
        Library.withSeeds(db);
        scribbleSentencesRoot(db);

        try (Workspace ws = Workspace.openWithoutSnapshot(db)) {
            StoreException read = assertThrows(StoreException.class, () -> ws.annotation().open(1));
            assertTrue(read.getMessage().contains("is damaged") && read.getMessage().contains("Restore a snapshot"),
                    read.getMessage());

            // The rename touches no damaged page, yet it is refused: the library is known to be damaged now.
            StoreException write = assertThrows(StoreException.class, () -> ws.annotation().rename(1, "New title"));
            assertEquals(read.getMessage(), write.getMessage());
            assertThrows(StoreException.class, () -> ws.backups().take("of a damaged library"),
                    "no snapshot of a damaged library pushes a good one out");
        }
    }

    @Test
    void afterAnUncleanShutdownTheNextOpenChecksTheWholeFile() throws Exception {
        Path db = dir.resolve("lib.db");
        Library.withSeeds(db);
        killWhileTagging(db);
        assertEquals(1, markers(db).size(), "the killed process left its marker");
        scribbleSentencesRoot(db);
        byte[] damaged = Files.readAllBytes(db);

        StoreException refused = assertThrows(StoreException.class, () -> Workspace.openWithoutSnapshot(db).close());

        assertTrue(refused.getMessage().contains("is damaged") && refused.getMessage().contains("was not changed"),
                refused.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(db));
        assertEquals(1, markers(db).size(), "the next open checks again");
    }

    @Test
    void anIntactLibraryAfterAnUncleanShutdownOpensAndForgetsTheMarker() throws Exception {
        Path db = dir.resolve("lib.db");
        Library.withSeeds(db);
        killWhileTagging(db);

        try (Workspace ws = Workspace.openWithoutSnapshot(db)) {
            assertEquals(1, markers(db).size(), "only this open's own marker is left");
            assertTrue(ws.annotation().open(1).isPresent());
            ws.annotation().tag(1, 2, "response");
        }
        assertTrue(markers(db).isEmpty());
        assertEquals("ok", SqliteProbe.text(db, "PRAGMA integrity_check"));
        assertEquals(2, SqliteProbe.count(db, "tags"), "the acknowledged tag and the one after the restart");
    }

    /** Starts {@code sentag tag --stdin}, waits for one tag to be acknowledged, then SIGKILLs it (no close). */
    private void killWhileTagging(Path db) throws Exception {
        Path errors = dir.resolve("tag.err");
        ProcessBuilder builder = SentagProcess.builder(db, dir.resolve("unused"), errors, "tag", "--stdin")
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = SentagProcess.start(builder);
        try (Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
             var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            in.write("1 1 claim\n");
            in.flush();
            assertEquals("ok 1 1 claim", out.readLine(), () -> read(errors));
            p.toHandle().destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
    }

    /** Overwrites the root page of the sentences table, which an open does not read; the length stays. */
    private static void scribbleSentencesRoot(Path db) throws Exception {
        long root = SqliteProbe.number(db, "SELECT rootpage FROM sqlite_master WHERE name = 'sentences'");
        long pageSize = SqliteProbe.number(db, "PRAGMA page_size");
        byte[] bytes = Files.readAllBytes(db);
        Arrays.fill(bytes, (int) ((root - 1) * pageSize), (int) (root * pageSize), (byte) 0x5A);
        Files.write(db, bytes);
        assertFalse(Files.exists(db.resolveSibling(db.getFileName() + "-wal")));
    }

    private static List<Path> markers(Path db) throws Exception {
        try (Stream<Path> files = Files.list(db.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(db.getFileName() + ".in-use-")).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
