package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.pg.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team library on a real PostgreSQL: sentag team init / add / list, the annotator being the login, and what the
 * database refuses by itself when a member connects with plain SQL (as with psql) and tries to touch others' work.
 */
class TeamCliTest extends PgTeamCliHarness {
    @BeforeEach
    void teamOfFour() {
        ok("", "team", "init");
        // Logins are per server, not per database: each test class's names must not clash with another's.
        for (String[] m : List.of(new String[] {"ana", ""}, new String[] {"ben", ""},
                new String[] {"judy", "--adjudicator"}, new String[] {"ada", "--admin"})) {
            List<String> args = new ArrayList<>(List.of("team", "add", login(m[0]), "--password-stdin"));
            if (!m[1].isEmpty()) {
                args.add(m[1]);
            }
            Run added = as(PostgresServer.SUPERUSER, password(m[0]) + "\n", args.toArray(String[]::new));
            assertEquals(0, added.code(), added::err);
            server.rememberPassword(login(m[0]), password(m[0]));
        }
        Run imported = as(login("ada"), "", "import", SeedFiles.first().toString(), SeedFiles.second().toString());
        assertEquals(0, imported.code(), imported::err);
    }

    private static String password(String name) {
        return "pw of " + name + " 'quoted\" \\ ;";
    }

    private void ok(String stdin, String... args) {
        Run run = as(PostgresServer.SUPERUSER, stdin, args);
        assertEquals(0, run.code(), run::err);
    }

    private Connection connect(String name) throws SQLException {
        return server.connect(database, login(name), password(name));
    }

    @Test
    void listShowsEachMemberWithTheirRole() {
        Run list = sentag("team", "list");
        assertEquals(0, list.code(), list::err);
        assertTrue(list.lines().contains(login("ana") + "\tannotator"), list.out());
        assertTrue(list.lines().contains(login("judy") + "\tadjudicator"), list.out());
        assertTrue(list.lines().contains(login("ada") + "\tadmin"), list.out());
    }

    @Test
    void theAnnotatorIsTheLoginAndNamingSomeoneElseIsOnlyForReading() {
        Run tag = as(login("ana"), "", "tag", "2", "0", "claim");
        assertEquals(0, tag.code(), tag::err);
        Run asBen = as(login("ana"), "", "--annotator", login("ben"), "tag", "2", "1", "claim");
        assertEquals(2, asBen.code());
        assertEquals(1, asBen.err().strip().lines().count(), asBen.err());
        assertTrue(asBen.err().contains("you are " + login("ana")), asBen.err());
        Run readBen = as(login("ana"), "", "--annotator", login("ben"), "export", "--format", "csv");
        assertEquals(0, readBen.code(), readBen::err);
        Run anaReads = as(login("ana"), "", "export", "--format", "csv");
        assertTrue(anaReads.out().contains("Claim"), anaReads.out());
        Run goldByAna = as(login("ana"), "", "--annotator", "gold", "tag", "2", "1", "claim");
        assertEquals(2, goldByAna.code());
        Run goldByJudy = as(login("judy"), "", "--annotator", "gold", "tag", "2", "1", "claim");
        assertEquals(0, goldByJudy.code(), goldByJudy::err);
        assertEquals(List.of(login("ana") + " 0 Claim", "gold 1 Claim"), tags());
    }

    @Test
    void anAdjudicatorAdoptsAgreedLabelsIntoGoldAndUndoesItAndAnAnnotatorMayNot() {
        assertEquals(0, as(login("ana"), "", "tag", "2", "0", "claim").code());
        assertEquals(0, as(login("ben"), "", "tag", "2", "0", "claim").code());
        String from = login("ana") + "," + login("ben");
        Run byAna = as(login("ana"), "", "--annotator", "gold", "gold", "--from", from);
        assertEquals(2, byAna.code(), byAna.err());
        Run byJudy = as(login("judy"), "", "--annotator", "gold", "gold", "--from", from);
        assertEquals(0, byJudy.code(), byJudy::err);
        assertTrue(tags().contains("gold 0 Claim"), tags().toString());
        Run undo = as(login("judy"), "", "--annotator", "gold", "undo");
        assertEquals(0, undo.code(), undo::err);
        assertFalse(tags().contains("gold 0 Claim"), tags().toString());
    }

    @Test
    void snapshotsAreTheServersBusinessAndSaySo() {
        Run backup = sentag("backup");
        assertEquals(1, backup.code(), backup.out());
        assertTrue(backup.err().contains("pg_dump"), backup.err());
    }

    @Test
    void onlyAnAdminImportsAndAnAnnotatorsImportIsRefusedByTheDatabase() throws Exception {
        java.nio.file.Path article = dir.resolve("new.txt");
        java.nio.file.Files.writeString(article, "A new article\n\nThe minister said so. Others disagreed.\n");
        Run byAna = as(login("ana"), "", "import", article.toString());
        // Refused up front as bad usage, in one line (the database would refuse the INSERT too: see the plain-SQL test).
        assertEquals(2, byAna.code(), byAna.out());
        assertTrue(byAna.err().contains("only an admin may import documents"), byAna.err());
        Run docs = sentag("docs");
        assertEquals(2, docs.lines().size(), docs.out());
        Run byAda = as(login("ada"), "", "import", article.toString());
        assertEquals(0, byAda.code(), byAda::err);
        assertEquals(3, sentag("docs").lines().size());
    }

    @Test
    void plainSqlAsAnAnnotatorCannotTouchAnotherAnnotatorsWorkNorTheDocumentsNorTheSchema() throws Exception {
        assertEquals(0, as(login("ben"), "", "tag", "2", "0", "response").code());
        assertEquals(0, as(login("ben"), "", "note", "2", "1", "ben's note").code());
        assertEquals(0, as(login("ben"), "", "link", "2", "1", "0").code());
        assertEquals(0, as(login("ben"), "", "speaker", "2", "1", "Jon Finer").code());
        try (Connection ana = connect("ana"); Statement st = ana.createStatement()) {
            long ben = id(st, login("ben"));
            assertEquals(0, st.executeUpdate("DELETE FROM links WHERE annotator_id = " + ben));
            assertEquals(0, st.executeUpdate("UPDATE speakers SET name = 'Nobody' WHERE annotator_id = " + ben));
            assertEquals(0, st.executeUpdate("UPDATE tags SET note = 'mine now' WHERE annotator_id = " + ben));
            assertEquals(0, st.executeUpdate("UPDATE tags SET label_id = 1 WHERE annotator_id = " + ben));
            assertEquals(0, st.executeUpdate("DELETE FROM tags WHERE annotator_id = " + ben));
            assertEquals(0, st.executeUpdate("DELETE FROM tag_history WHERE annotator_id = " + ben));
            assertRefused(st, "INSERT INTO tags (sentence_id, annotator_id, label_id, created_at, updated_at) "
                    + "SELECT id, " + ben + ", 1, 'x', 'x' FROM sentences WHERE document_id = 2 AND idx = 5");
            long gold = id(st, "gold");
            assertRefused(st, "INSERT INTO tags (sentence_id, annotator_id, label_id, created_at, updated_at) "
                    + "SELECT id, " + gold + ", 1, 'x', 'x' FROM sentences WHERE document_id = 2 AND idx = 5");
            // What she may do: her own rows; but not hand them to ben.
            assertEquals(1, st.executeUpdate("INSERT INTO tags (sentence_id, annotator_id, label_id, created_at, updated_at) "
                    + "SELECT id, " + id(st, login("ana")) + ", 1, 'x', 'x' FROM sentences WHERE document_id = 2 AND idx = 5"));
            assertRefused(st, "UPDATE tags SET annotator_id = " + ben + " WHERE annotator_id = " + id(st, login("ana")));
            assertRefused(st, "DELETE FROM documents");
            assertRefused(st, "UPDATE sentences SET excluded = 1");
            assertRefused(st, "UPDATE labels SET name = 'Hijacked'");
            assertRefused(st, "INSERT INTO annotators (name, created_at) VALUES ('mallory', 'x')");
            assertRefused(st, "UPDATE settings SET value = '2'");
            assertRefused(st, "TRUNCATE tags");
            assertRefused(st, "DROP TABLE tags");
            assertRefused(st, "ALTER TABLE tags ADD COLUMN mine TEXT");
            assertRefused(st, "CREATE TABLE mine (x INT)");
        }
        assertTrue(tags().contains(login("ben") + " 0 Response"), tags().toString());
        assertEquals("1", text("SELECT count(*) FROM links"));
        assertEquals("Jon Finer", text("SELECT name FROM speakers"));
        assertEquals("ben's note", text("SELECT note FROM tags WHERE note IS NOT NULL"));
        Run docs = sentag("docs");
        assertEquals(2, docs.lines().size(), docs.out());
    }

    @Test
    void anAdjudicatorWritesGoldWithPlainSqlAndAnAnnotatorCannot() throws Exception {
        try (Connection judy = connect("judy"); Statement st = judy.createStatement()) {
            assertEquals(1, st.executeUpdate("INSERT INTO tags (sentence_id, annotator_id, label_id, created_at, updated_at) "
                    + "SELECT id, " + id(st, "gold") + ", 2, 'x', 'x' FROM sentences WHERE document_id = 2 AND idx = 3"));
            assertRefused(st, "DELETE FROM documents WHERE id = 1");
        }
        try (Connection ana = connect("ana"); Statement st = ana.createStatement()) {
            assertEquals(0, st.executeUpdate("DELETE FROM tags WHERE annotator_id = " + id(st, "gold")));
        }
        assertEquals(List.of("gold 3 Response"), tags());
    }

    @Test
    void anAdminAddsMembersAndAnAnnotatorCannot() {
        Run byAda = as(login("ada"), "cy-pw\n", "team", "add", login("cy"), "--password-stdin");
        assertEquals(0, byAda.code(), byAda::err);
        Run byAna = as(login("ana"), "dan-pw\n", "team", "add", login("dan"), "--password-stdin");
        assertEquals(1, byAna.code(), byAna.out());
        assertFalse(sentag("team", "list").out().contains(login("dan")));
    }

    @Test
    void badTeamInputIsExitTwoWithOneLineAndChangesNothing() {
        for (String[] args : List.of(
                new String[] {"team", "add", "Bad Name", "--password-stdin"},
                new String[] {"team", "add", "gold", "--password-stdin"},
                new String[] {"team", "add", "sentag_admin", "--password-stdin"},
                new String[] {"team", "add", login("ana"), "--password-stdin"},
                new String[] {"team", "init"})) {
            Run run = as(PostgresServer.SUPERUSER, "pw\n", args);
            assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
        Run noStdin = as(PostgresServer.SUPERUSER, "pw\n", "team", "add", "zed");
        assertEquals(2, noStdin.code(), noStdin.err());
        Run both = as(PostgresServer.SUPERUSER, "pw\n", "team", "add", "zed", "--admin", "--adjudicator", "--password-stdin");
        assertEquals(2, both.code(), both.err());
        Run empty = as(PostgresServer.SUPERUSER, "", "team", "add", "zed", "--password-stdin");
        assertEquals(2, empty.code(), empty.err());
        Run withPassword = runRaw("", new String[] {"--db", server.url(login("ana") + ":secret", database), "docs"});
        assertEquals(2, withPassword.code(), withPassword.err());
        assertTrue(withPassword.err().contains("PGPASSWORD"), withPassword.err());
        String foreign = server.freshDatabase();
        try (Connection c = server.superuser(foreign); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INT)");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        Run onForeign = runRaw("", new String[] {"--db", server.url(PostgresServer.SUPERUSER, foreign), "team", "init"});
        assertEquals(1, onForeign.code(), onForeign.err());
        assertTrue(onForeign.err().contains("another program"), onForeign.err());
        Run onFile = runRaw("", new String[] {"--db", dir.resolve("solo.db").toString(), "team", "init"});
        assertEquals(2, onFile.code(), onFile.err());
        assertFalse(sentag("team", "list").out().contains("zed"));
    }

    @Test
    void aWrongPasswordIsRefusedInOneLineAndNoPasswordReachesTheLogOrTheSettings() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())
                        + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try {
            Run run = as(login("ana"), "", "tag", "2", "4", "claim");
            assertEquals(0, run.code(), run::err);
            Run stranger = as("nobody_" + database, "", "docs");
            assertEquals(1, stranger.code());
            assertTrue(stranger.err().contains("refused the login"), stranger.err());
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        assertFalse(logged.isEmpty());
        for (String line : logged) {
            assertFalse(line.contains(password("ana")) || line.contains(PostgresServer.SUPERUSER_PASSWORD), line);
        }
        try (Connection c = server.superuser(database); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT key || '=' || value FROM settings")) {
            while (rs.next()) {
                assertFalse(rs.getString(1).contains("pw of"), rs.getString(1));
            }
        }
    }

    private static void assertRefused(Statement st, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate(sql), sql);
        assertTrue(e.getSQLState().equals("42501") || e.getSQLState().equals("42P01"), sql + ": " + e.getMessage());
    }

    private static long id(Statement st, String annotator) throws SQLException {
        try (var rs = st.executeQuery("SELECT id FROM annotators WHERE name = '" + annotator + "'")) {
            assertTrue(rs.next(), annotator);
            return rs.getLong(1);
        }
    }

    /** Every tag in the library as "annotator idx Label", read as the superuser. */
    private List<String> tags() {
        List<String> out = new ArrayList<>();
        try (Connection c = server.superuser(database); Statement st = c.createStatement(); var rs = st.executeQuery("""
                SELECT a.name || ' ' || s.idx || ' ' || coalesce(l.name, '-') FROM tags t
                JOIN annotators a ON a.id = t.annotator_id JOIN sentences s ON s.id = t.sentence_id
                LEFT JOIN labels l ON l.id = t.label_id WHERE t.label_id IS NOT NULL ORDER BY a.name, s.idx""")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return out;
    }
}
