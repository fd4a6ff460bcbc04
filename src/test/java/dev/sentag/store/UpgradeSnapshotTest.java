package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A schema upgrade of an existing library is preceded by a snapshot of the library as it was. */
class UpgradeSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void upgradingAVersionOneLibrarySnapshotsItFirst() throws Exception {
        Path db = versionOneLibrary();
        Snapshots snapshots = new Snapshots(db);
        try (Connection c = SqliteProbe.connect(db)) {
            Migrations.migrate(c, db.toString(), conn -> snapshots.take(conn, "before schema upgrade"),
                    List.of("V001__initial.sql", "T002__test_upgrade.sql"));
        }
        assertEquals(2, SqliteProbe.number(db, "PRAGMA user_version"));
        assertEquals(1, snapshots.list().size());
        Path before = snapshots.list().get(0);
        assertTrue(before.getFileName().toString().endsWith("-before-schema-upgrade.db"), before.toString());
        assertEquals(1, SqliteProbe.number(before, "PRAGMA user_version"), "the snapshot holds the old version");
        assertEquals(0, SqliteProbe.number(before, "SELECT count(*) FROM sqlite_master WHERE name = 'upgrade_marker'"));
    }

    /** A library as the first released Sentag left it: schema version 1, one article with a tag. */
    private Path versionOneLibrary() throws Exception {
        Path db = dir.resolve("v1.db");
        try (Connection c = SqliteProbe.connect(db); var st = c.createStatement()) {
            Migrations.migrate(c, db.toString(), conn -> null, List.of("V001__initial.sql"));
            st.execute("""
                    INSERT INTO documents (id, title, source, text, content_hash, imported_at)
                    VALUES (1, 'Talks', 'test', 'Talks resumed. Both sides agreed.', 'h1', '2026-01-01T00:00:00Z')""");
            st.execute("INSERT INTO sentences (id, document_id, idx, start, \"end\", excluded) VALUES (1, 1, 0, 0, 14, 0)");
            st.execute("INSERT INTO sentences (id, document_id, idx, start, \"end\", excluded) VALUES (2, 1, 1, 15, 33, 0)");
            st.execute("INSERT INTO annotators (id, name, created_at) VALUES (1, 'ana', '2026-01-01T00:00:00Z')");
            st.execute("""
                    INSERT INTO tags (sentence_id, annotator_id, label_id, created_at, updated_at)
                    VALUES (2, 1, (SELECT min(id) FROM labels), '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')""");
        }
        assertEquals(1, SqliteProbe.number(db, "PRAGMA user_version"));
        return db;
    }

    @Test
    void aVersionOneLibraryOpensUpgradedWithItsWorkAndTheLibraryListSkipsTheTexts() throws Exception {
        Path db = versionOneLibrary();
        try (Database d = Database.open(db)) {
            assertEquals(Migrations.CURRENT_VERSION, d.schemaVersion());
            var list = new DocumentRepository(d).summaries(1);
            assertEquals(1, list.size());
            assertEquals(2, list.get(0).sentences());
            assertEquals(1, list.get(0).tagged(), "the tag made before the upgrade counts");
        }
        assertEquals(1, new Snapshots(db).list().size(), "the upgrade took a snapshot first");
        try (Connection c = SqliteProbe.connect(db); var st = c.createStatement();
             var rs = st.executeQuery("EXPLAIN QUERY PLAN " + DocumentRepository.SUMMARIES.formatted(DocumentRepository.LISTED))) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
            assertTrue(plan.indexOf("COVERING INDEX documents_listed") >= 0, plan::toString);
            assertTrue(plan.indexOf("COVERING INDEX sentences_counted") >= 0, plan::toString);
        }
    }

    @Test
    void creatingANewLibraryTakesNoUpgradeSnapshot() {
        Path db = dir.resolve("new.db");
        Database.open(db).close();
        assertEquals(0, new Snapshots(db).list().size());
    }
}
