package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.sentag.SqliteProbe;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V006__codebook on a library that already has tags: they were made under the first codebook, version 1. */
class CodebookMigrationTest {
    @TempDir
    Path dir;

    @Test
    void existingTagsGetVersionOneAndAreSureAndTheLabelsKeepTheirKeys() throws SQLException {
        Path db = dir.resolve("v3.db");
        try (Connection c = SqliteProbe.connect(db); Statement st = c.createStatement()) {
            Migrations.migrate(c, db.toString(), conn -> null,
                    List.of("V001__initial.sql", "V002__library_list_indexes.sql", "V003__open_history.sql"));
            st.execute("INSERT INTO annotators (id, name, created_at) VALUES (1, 'ana', 'now')");
            st.execute("INSERT INTO documents (id, title, text, content_hash, imported_at) VALUES (1, 't', 'A b. C d.', 'h', 'now')");
            st.execute("INSERT INTO sentences (id, document_id, idx, start, \"end\") VALUES (1, 1, 0, 0, 4)");
            st.execute("INSERT INTO tags (sentence_id, annotator_id, label_id, created_at, updated_at) VALUES (1, 1, 2, 'now', 'now')");
        }
        try (Workspace ws = Workspace.open(db)) {
            var codebook = ws.codebook().current();
            assertEquals(1, codebook.version());
            assertEquals(List.of("1 Claim", "2 Response", "3 Background"),
                    codebook.active().stream().map(l -> l.label().key() + " " + l.name()).toList());
            assertFalse(codebook.active().get(0).retired());
            assertEquals(1, ws.codebook().versions().size());
        }
        assertEquals(1, SqliteProbe.number(db, "SELECT codebook_version FROM tags"));
        assertEquals(0, SqliteProbe.number(db, "SELECT unsure FROM tags"));
        try (Connection c = SqliteProbe.connect(db); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA foreign_key_check")) {
            assertFalse(rs.next(), "no dangling reference");
        }
    }
}
