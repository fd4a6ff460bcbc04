package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sentag.SqliteProbe;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenHistoryMigrationTest {
    @TempDir
    Path dir;

    @Test
    void versionTwoHistoryKeepsItsRowsAndUndoPointersAndTakesNewKindsOfChange() throws SQLException {
        Path db = dir.resolve("v2.db");
        try (Connection c = SqliteProbe.connect(db); Statement st = c.createStatement()) {
            Migrations.migrate(c, db.toString(), conn -> null, List.of("V001__initial.sql", "V002__library_list_indexes.sql"));
            st.execute("INSERT INTO annotators (id, name, created_at) VALUES (1, 'ana', 'now')");
            st.execute("INSERT INTO documents (id, title, text, content_hash, imported_at) VALUES (1, 't', 'A b. C d.', 'h', 'now')");
            st.execute("INSERT INTO sentences (id, document_id, idx, start, \"end\") VALUES (1, 1, 0, 0, 4)");
            st.execute("INSERT INTO tag_history (id, sentence_id, annotator_id, new_label_id, action, at) VALUES (1, 1, 1, 1, 'tag', 'now')");
            st.execute("INSERT INTO tag_history (id, sentence_id, annotator_id, old_label_id, action, reverts, at) VALUES (2, 1, 1, 1, 'undo', 1, 'now')");
        }
        try (Connection c = SqliteProbe.connect(db); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            Migrations.migrate(c, db.toString(), conn -> null);
            assertEquals(Migrations.CURRENT_VERSION, Migrations.version(c));
            try (var rs = st.executeQuery("SELECT count(*), max(reverts) FROM tag_history")) {
                assertEquals(2, rs.getInt(1));
                assertEquals(1, rs.getInt(2));
            }
            st.execute("INSERT INTO tag_history (annotator_id, action, at) VALUES (1, 'codebook', 'now')");
            try (var rs = st.executeQuery("PRAGMA foreign_key_check")) {
                assertEquals(false, rs.next(), "no dangling reference after the rebuild");
            }
            try (var rs = st.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'tag_history'")) {
                assertEquals(true, rs.getString(1).contains("REFERENCES tag_history(id)"), rs.getString(1));
            }
        }
    }
}
