package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    private static final List<String> TABLES =
            List.of("annotators", "assignments", "codebook_merged_tags", "codebook_versions", "documents", "find_index_queue", "label_sets", "labels",
                    "links", "relation_types", "sentence_repair_parts", "sentence_repairs", "sentences", "settings", "speakers",
                    "tag_history", "tags");

    @TempDir
    Path dir;

    @Test
    void freshEmptyFileGetsTheCurrentSchemaVersion() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.CURRENT_VERSION, db.schemaVersion());
        }
        assertEquals(Migrations.CURRENT_VERSION, SqliteProbe.number(file, "PRAGMA user_version"));
    }

    @Test
    void missingFileIsCreatedWithItsFolders() {
        Path file = dir.resolve("a/b/sentag.db");
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.CURRENT_VERSION, db.schemaVersion());
        }
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void everyTableIsStrict() throws SQLException {
        Path file = dir.resolve("s.db");
        Database.open(file).close();
        List<String> strict = new ArrayList<>();
        try (Connection c = SqliteProbe.connect(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1"
                     + " ORDER BY name")) {
            while (rs.next()) {
                strict.add(rs.getString(1));
            }
        }
        assertEquals(TABLES, strict);
    }

    @Test
    void connectionRunsWithWalForeignKeysAndBusyTimeout() {
        try (Database db = Database.open(dir.resolve("p.db"))) {
            assertEquals("wal", db.read(c -> pragma(c, "journal_mode")));
            assertEquals("1", db.read(c -> pragma(c, "foreign_keys")));
            assertEquals("2", db.read(c -> pragma(c, "synchronous")), "synchronous=FULL");
            assertEquals("5000", db.read(c -> pragma(c, "busy_timeout")));
        }
        assertEquals("wal", SqliteProbe.text(dir.resolve("p.db"), "PRAGMA journal_mode"));
    }

    @Test
    void defaultLabelsAreClaimResponseBackgroundWithColourBlindSafeColours() throws SQLException {
        Path file = dir.resolve("l.db");
        Database.open(file).close();
        List<String> rows = new ArrayList<>();
        try (Connection c = SqliteProbe.connect(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, key, colour FROM labels ORDER BY ord")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        assertEquals(List.of("Claim 1 #E69F00", "Response 2 #0072B2", "Background 3 #009E73"), rows);
        assertEquals("1", SqliteProbe.text(file, "SELECT value FROM settings WHERE key = 'label_set'"));
    }

    @Test
    void reopeningIsIdempotent() {
        Path file = dir.resolve("twice.db");
        Database.open(file).close();
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.CURRENT_VERSION, db.schemaVersion());
        }
        assertEquals(3, SqliteProbe.count(file, "labels"));
        assertEquals(1, SqliteProbe.count(file, "label_sets"));
        assertEquals(1, SqliteProbe.count(file, "settings"));
    }

    @Test
    void databaseFromNewerSentagIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection c = SqliteProbe.connect(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)");
            st.execute("INSERT INTO future_things (what) VALUES ('from version 99')");
            st.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> Database.open(file).close());

        assertTrue(e.getMessage().contains("newer Sentag"), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the newer database must not be touched");
        assertFalse(Files.exists(dir.resolve("future.db-wal")), "no WAL file may be left beside it");
    }

    @Test
    void sqliteDatabaseOfAnotherProgramIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = SqliteProbe.connect(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
        }
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> Database.open(file).close());

        assertTrue(e.getMessage().contains("another program"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void fileOfRandomBytesIsRefusedAndLeftUnchanged() throws IOException {
        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        assertRefusedAsNotADatabase(Files.write(dir.resolve("noise.db"), noise));
    }

    @Test
    void plainTextFileIsRefusedAndLeftUnchanged() throws IOException {
        String text = "Dear diary,\nthis is not a database.\n".repeat(200);
        assertRefusedAsNotADatabase(Files.writeString(dir.resolve("notes.txt"), text, StandardCharsets.UTF_8));
    }

    private static void assertRefusedAsNotADatabase(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> Database.open(file).close());

        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a Sentag database"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.getString(1);
        }
    }
}
