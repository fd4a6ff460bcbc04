package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.pg.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * sentag copy with PostgreSQL on either side. The inherited tests run with the source on PostgreSQL (so PostgreSQL →
 * SQLite); the tests here go SQLite → PostgreSQL → SQLite and PostgreSQL → PostgreSQL, and make a copy a team
 * library with team init.
 */
class PgCopyCliTest extends CopyCliTest {
    private static final List<String> TABLES = List.of("documents", "sentences", "sentence_repairs", "tags", "links",
            "speakers", "tag_history", "annotators", "labels", "relation_types", "codebook_versions", "settings",
            "assignments", "sentence_fts");

    private final PostgresServer server = PostgresServer.get();
    private String database;

    @BeforeEach
    void freshDatabase() {
        database = server.freshDatabase();
    }

    @Override
    String library() {
        return server.url(PostgresServer.SUPERUSER, database);
    }

    @Override
    void addTableUnknownToTheCopy() throws Exception {
        try (Connection c = server.superuser(database); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE review_comments (id BIGINT PRIMARY KEY, body TEXT)");
        }
    }

    @Test
    void sqliteToPostgresqlToSqliteExportsTheSameBytesAtEveryStepAndThePostgresqlCopyUndoesAndGoesOn() throws IOException {
        String first = dir.resolve("first.db").toString();
        fullLibrary(first);
        String pg = library();
        String last = dir.resolve("last.db").toString();

        Run there = on(first, "copy", "--to", pg);
        ok(there);
        assertTrue(there.out().endsWith("copied " + first + " into " + pg + "\n"), there.out());
        assertTrue(there.out().contains("assignments\t4\n"), there.out());
        ok(on(pg, "copy", "--to", last));

        Path a = dir.resolve("export-first");
        Path b = dir.resolve("export-pg");
        Path c = dir.resolve("export-last");
        exportEverything(first, a);
        exportEverything(pg, b);
        exportEverything(last, c);
        assertSameFiles(a, b);
        assertSameFiles(a, c);
        List<String> expected = readouts(first);
        assertEquals(expected, readouts(pg));
        assertEquals(expected, readouts(last));
        assertTrue(on(pg, "--annotator", "ana", "find", "Pakistan").lines().size() > 0, "PostgreSQL's index was made");
        assertEquals(on(first, "--annotator", "ben", "find", "said OR denied").out(),
                on(pg, "--annotator", "ben", "find", "said OR denied").out());

        for (String db : List.of(first, pg)) {
            ok(on(db, "--annotator", "ana", "undo")); // the deletion: document 3 is back
            ok(on(db, "--annotator", "ana", "undo")); // the split
            ok(on(db, "--annotator", "ana", "undo")); // the merge
            ok(on(db, "--annotator", "ben", "undo")); // ben's speaker
        }
        assertEquals(readouts(first), readouts(pg), "after the same undos");
        assertEquals(3, on(pg, "--annotator", "ana", "docs").lines().size(), "undo took document 3 out of the trash");

        // New rows take ids after the copied ones: PostgreSQL's identities were moved on past them.
        Path fourth = dir.resolve("fourth.txt");
        Files.writeString(fourth, "A fourth article\n\nShe said so. He did not. Nobody asked.\n");
        for (String db : List.of(first, pg)) {
            Run imported = on(db, "import", fourth.toString());
            ok(imported);
            assertTrue(imported.out().startsWith("4\t"), imported.out());
            ok(on(db, "--annotator", "ben", "tag", "4", "0", "claim"));
            ok(on(db, "--annotator", "ben", "link", "4", "1", "0"));
            ok(on(db, "labels", "add", "Aside"));
            ok(on(db, "--annotator", "ben", "tag", "4", "2", "aside"));
            ok(on(db, "--annotator", "ben", "undo"));
        }
        assertEquals(on(first, "--annotator", "ben", "show", "4").out(), on(pg, "--annotator", "ben", "show", "4").out());
        // The new codebook version is stamped with the clock of each run: times made after the copy may differ.
        assertEquals(withoutTimes(readouts(first)), withoutTimes(readouts(pg)), "after new work on both");
    }

    @Test
    void aSecondCopyOntoTheNowFullPostgresqlLibraryIsRefusedAndChangesNothing() throws IOException {
        String first = dir.resolve("first.db").toString();
        fullLibrary(first);
        ok(on(first, "copy", "--to", library()));
        String before = contents();
        List<String> readBefore = readouts(library());

        Run again = on(first, "copy", "--to", library());

        assertEquals(2, again.code(), again.err());
        assertTrue(again.err().startsWith("sentag: Not copied: " + library() + " is not empty"), again.err());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        assertEquals("", again.out());
        assertEquals(before, contents());
        assertEquals(readBefore, readouts(library()));
    }

    @Test
    void aTeamLibraryIsCopiedWithoutItsRolesAndTeamInitMakesTheCopyATeamLibraryAgain() throws Exception {
        fullLibrary();
        ok(sentag("team", "init"));
        String dee = "dee_" + database;
        ok(sentagWithInput("pw of dee\n", "team", "add", dee, "--password-stdin"));
        server.rememberPassword(dee, "pw of dee");
        ok(on(server.url(dee, database), "tag", "2", "0", "response"));
        List<String> expected = readouts(library());
        String copyDatabase = server.freshDatabase();
        String copy = server.url(PostgresServer.SUPERUSER, copyDatabase);

        ok(sentag("copy", "--to", copy));

        assertEquals(expected, readouts(copy));
        assertEquals("0", probe(copyDatabase, "SELECT count(*) FROM settings WHERE key = 'team'"));
        Run asAnaBeforeInit = on(copy, "--annotator", "ana", "tag", "1", "0", "quote");
        assertEquals(0, asAnaBeforeInit.code(), "no team library yet, so the login may write as ana: " + asAnaBeforeInit.err());
        Run asAnaInSource = sentag("--annotator", "ana", "tag", "1", "0", "quote");
        assertEquals(2, asAnaInSource.code(), "while the team library it came from refuses that: " + asAnaInSource.err());

        ok(on(copy, "team", "init"));
        String cy = "cy_" + copyDatabase;
        ok(onWithInput(copy, "pw of cy\n", "team", "add", cy, "--password-stdin"));
        server.rememberPassword(cy, "pw of cy");
        String asCy = server.url(cy, copyDatabase);
        ok(on(asCy, "tag", "1", "0", "claim"));
        Run asAna = on(asCy, "--annotator", "ana", "tag", "1", "0", "claim");
        assertEquals(2, asAna.code(), asAna.err());
        try (Connection c = server.connect(copyDatabase, cy, "pw of cy"); Statement st = c.createStatement()) {
            assertEquals(0, st.executeUpdate("DELETE FROM tags WHERE annotator_id = (SELECT id FROM annotators WHERE name = 'ana')"),
                    "row-level security keeps ana's copied tags from cy");
        }
        // dee's login and roles are the server's: in the copy, once a team library, dee's copied work is dee's again.
        ok(on(server.url(dee, copyDatabase), "tag", "2", "0", "claim"));
        assertEquals("Claim", probe(copyDatabase, "SELECT l.name FROM tags t JOIN annotators a ON a.id = t.annotator_id"
                + " JOIN labels l ON l.id = t.label_id JOIN sentences s ON s.id = t.sentence_id"
                + " WHERE a.name = '" + dee + "' AND s.document_id = 2 AND s.idx = 0"));
        ok(on(server.url(dee, copyDatabase), "undo"));
        assertEquals("Response", probe(copyDatabase, "SELECT l.name FROM tags t JOIN annotators a ON a.id = t.annotator_id"
                + " JOIN labels l ON l.id = t.label_id JOIN sentences s ON s.id = t.sentence_id"
                + " WHERE a.name = '" + dee + "' AND s.document_id = 2 AND s.idx = 0"));
        assertTrue(on(copy, "--annotator", "ana", "show", "1").out().contains("Claim"));
        assertTrue(on(copy, "--annotator", cy, "show", "1").out().contains("Claim"));
    }

    @Test
    void anEmptyTeamLibraryIsNoTargetForACopy() throws IOException {
        String first = dir.resolve("first.db").toString();
        fullLibrary(first);
        ok(sentag("team", "init"));
        String before = contents();

        Run copy = on(first, "copy", "--to", library());

        assertEquals(2, copy.code(), copy.err());
        assertTrue(copy.err().contains("team library already") && copy.err().contains("team init"), copy.err());
        assertEquals(before, contents());
    }

    @Test
    void aCopyThePostgresqlTargetRejectsHalfWayLeavesItEmptyAndATargetThatCannotBeReachedIsOneLine() throws Exception {
        String first = dir.resolve("first.db").toString();
        fullLibrary(first);
        // SQLite keeps a NUL character in text; PostgreSQL refuses it. The note is copied after documents, sentences
        // and codebook, so the failure comes half-way through.
        try (Connection c = dev.sentag.SqliteProbe.connect(Path.of(first)); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE tags SET note = 'nul ' || char(0) || ' here' WHERE note IS NOT NULL");
        }
        ok(sentag("docs")); // a new team database with Sentag's schema and default codebook: empty
        String empty = contents();

        Run copy = on(first, "copy", "--to", library());

        assertEquals(1, copy.code(), copy.err());
        assertEquals(1, copy.err().strip().lines().count(), copy.err());
        assertTrue(copy.err().startsWith("sentag: Not copied: writing tags into " + library() + " failed ("), copy.err());
        assertTrue(copy.err().contains("0x00"), copy.err());
        assertEquals(empty, contents(), "all or nothing: the target is as empty as before");
        try (Connection c = dev.sentag.SqliteProbe.connect(Path.of(first)); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE tags SET note = 'fixed' WHERE note IS NOT NULL");
        }
        ok(on(first, "copy", "--to", library()));
        assertEquals(readouts(first), readouts(library()));

        Run password = on(first, "copy", "--to", "postgresql://ada:secret@127.0.0.1:" + server.port() + "/x");
        assertEquals(2, password.code(), password.err());
        assertTrue(password.err().contains("Leave the password out of the URL"), password.err());
        Run noDatabase = on(first, "copy", "--to", server.url(PostgresServer.SUPERUSER, "no_such_db"));
        assertEquals(1, noDatabase.code(), noDatabase.err());
        assertEquals(1, noDatabase.err().strip().lines().count(), noDatabase.err());
        assertTrue(noDatabase.err().contains("createdb no_such_db"), noDatabase.err());
    }

    private static List<String> withoutTimes(List<String> readouts) {
        return readouts.stream().map(r -> r.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "WHEN")).toList();
    }

    /** Each table's row count: what a refused copy must leave as it was. */
    private String contents() {
        StringBuilder out = new StringBuilder();
        for (String table : TABLES) {
            out.append(table).append(' ').append(probe(database, "SELECT count(*) FROM " + table)).append('\n');
        }
        return out.toString();
    }

    private String probe(String db, String sql) {
        try (Connection c = server.superuser(db); Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        assertEquals(files(a), files(b));
        assertTrue(files(a).size() >= 21, files(a).toString());
        for (Path f : files(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
    }
}
