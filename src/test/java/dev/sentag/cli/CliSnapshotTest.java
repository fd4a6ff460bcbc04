package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@code sentag backup} and {@code sentag restore}: snapshots in backups/ and the way back from them. */
class CliSnapshotTest extends CliHarness {

    @Test
    void restoreBringsBackTheTaggedStateAndSnapshotsTheReplacedOneFirst() {
        importSeeds();
        assertEquals(0, sentag("tag", "1", "0", "claim").code());
        Run backup = sentag("backup");
        assertEquals(0, backup.code(), backup::err);
        Path snapshot = Path.of(backup.out().strip());
        assertEquals(dir.resolve("backups"), snapshot.getParent());
        assertEquals(0, sentag("tag", "1", "0", "response").code());

        Run restore = sentag("restore", snapshot.toString());

        assertEquals(0, restore.code(), restore::err);
        assertTrue(restore.out().contains("before-restore"), restore.out());
        // Sentence 0 is the site banner, shown as excluded web residue.
        assertTrue(sentag("show", "1").lines().get(0).startsWith("0\texcluded:Claim"), sentag("show", "1").out());
        String marker = "the state before is in ";
        Path before = Path.of(restore.out().substring(restore.out().indexOf(marker) + marker.length()).strip());
        assertEquals("Response", SqliteProbe.text(before, "SELECT l.name FROM tags t JOIN labels l ON l.id = t.label_id"),
                "the state replaced by the restore is itself kept");
    }

    @Test
    void onlyTheLastTenSnapshotsAreKept() {
        importSeeds();
        for (int i = 0; i < 12; i++) {
            assertEquals(0, sentag("backup").code());
        }
        Run list = sentag("backup", "--list");
        assertEquals(10, list.lines().size(), list.out());
        assertEquals(list.lines().stream().sorted().toList(), list.lines(), "oldest first");
    }

    @Test
    void restoringAFileThatIsNotASnapshotFailsInOneLineAndChangesNothing() throws Exception {
        importSeeds();
        assertEquals(0, sentag("tag", "1", "0", "claim").code());
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a database\n".repeat(100));

        Run run = sentag("restore", text.toString());

        assertEquals(1, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("notes.txt"), run.err());
        assertTrue(sentag("show", "1").lines().get(0).startsWith("0\texcluded:Claim"));
    }

    @Test
    void restoreOverADamagedDatabaseKeepsTheDamagedFileAsideUnchanged() throws Exception {
        importSeeds();
        Path snapshot = Path.of(sentag("backup").out().strip());
        Path db = dir.resolve("sentag.db");
        assertEquals(0, sentag("docs").code()); // closes cleanly: the WAL is folded into the file
        byte[] damaged = Arrays.copyOf(Files.readAllBytes(db), (int) Files.size(db) / 2);
        Files.write(db, damaged);
        assertEquals(1, sentag("docs").code());

        Run run = sentag("restore", snapshot.toString());

        assertEquals(0, run.code(), run::err);
        Path aside = Path.of(run.out().substring(run.out().indexOf("kept as ") + "kept as ".length()).strip());
        assertArrayEquals(damaged, Files.readAllBytes(aside));
        assertEquals(2, sentag("docs").lines().size());
    }

    @Test
    void damagedOrForeignFilesAreRefusedInOneLineWithExitOneAndLeftUnchanged() throws Exception {
        importSeeds();
        Path good = dir.resolve("sentag.db");
        byte[] whole = Files.readAllBytes(good);
        byte[] noise = new byte[8192];
        new java.util.Random(3).nextBytes(noise);
        var cases = new java.util.LinkedHashMap<String, byte[]>();
        cases.put("truncated", Arrays.copyOf(whole, whole.length / 3));
        cases.put("random", noise);
        byte[] scribbled = whole.clone();
        Arrays.fill(scribbled, 5 * 4096, 6 * 4096, (byte) 0x5A); // one page overwritten, length unchanged
        cases.put("scribbled", scribbled);
        cases.put("text", "Dear diary, this is not a database.\n".repeat(50).getBytes(StandardCharsets.UTF_8));
        cases.put("tiny", "hi".getBytes(StandardCharsets.UTF_8));
        cases.put("newer", sqliteFile("future", "CREATE TABLE future_things (id INTEGER PRIMARY KEY)", "PRAGMA user_version = 99"));
        cases.put("foreign", sqliteFile("invoices", "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)"));
        for (var c : cases.entrySet()) {
            Path file = Files.write(dir.resolve(c.getKey() + ".db"), c.getValue());

            Run run = sentagOn(file, "docs");

            assertEquals(1, run.code(), c.getKey() + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), c.getKey() + ": " + run.err());
            assertTrue(run.err().contains(file.toString()), run.err());
            assertArrayEquals(c.getValue(), Files.readAllBytes(file), c.getKey() + " must be left unchanged");
            assertTrue(Files.notExists(dir.resolve(c.getKey() + ".db-wal")), c.getKey() + ": no WAL beside it");
            System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "{0}: {1}", c.getKey(), run.err().strip());
        }
    }

    /** The bytes of a fresh SQLite file made by running {@code sql} (built beside the test, then read). */
    private byte[] sqliteFile(String name, String... sql) throws Exception {
        Path file = dir.resolve("made-" + name + ".sqlite");
        try (var c = SqliteProbe.connect(file); var st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
        return Files.readAllBytes(file);
    }

    private Run sentagOn(Path db, String... args) {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = SentagCommand.run(all, new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
