package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sentag.SqliteProbe;
import dev.sentag.model.Annotator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library from before the find index gets one on its first open, cut by UTF-16 offsets like everything else. */
class FindIndexMigrationTest {
    @TempDir
    Path dir;

    @Test
    void olderLibraryIsIndexedOnFirstOpen() throws SQLException {
        Path file = dir.resolve("v3.db");
        String text = "𝕏 first. Sanctions bite.";
        try (Connection c = SqliteProbe.connect(file); Statement st = c.createStatement()) {
            Migrations.migrate(c, file.toString(), conn -> null,
                    List.of("V001__initial.sql", "V002__library_list_indexes.sql", "V003__open_history.sql"));
            st.execute("INSERT INTO documents (id, title, text, content_hash, imported_at) VALUES (1, 't', '" + text
                    + "', 'h', '2026-01-01T00:00:00Z')");
            st.execute("INSERT INTO sentences (id, document_id, idx, start, \"end\") VALUES (1, 1, 0, 0, 9)");
            st.execute("INSERT INTO sentences (id, document_id, idx, start, \"end\") VALUES (2, 1, 1, 10, 25)");
        }
        try (Database db = Database.open(file)) {
            var found = new SentenceSearch(db).find("sanctions", List.of(), new Annotator(99, "x"), 0);
            assertEquals(List.of("Sanctions bite."), found.stream().map(f -> f.text()).toList());
            assertEquals(1, found.size());
        }
        assertEquals(0, SqliteProbe.number(file, "SELECT count(*) FROM settings WHERE key = 'sentence_fts_pending'"));
        assertEquals(2, SqliteProbe.number(file, "SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH 'first OR bite'"));
    }

    @Test
    void deletingADocumentTakesItsSentencesOutOfTheIndex() throws SQLException {
        Path file = dir.resolve("new.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> DocumentRepository.insert(c, new dev.sentag.model.DocumentDraft("t", null,
                    "Sanctions bite.", List.of(new dev.sentag.model.SentenceSpan(0, 15))), "h", List.of()));
        }
        assertEquals(1, SqliteProbe.number(file, "SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH 'bite'"));
        try (Connection c = SqliteProbe.connect(file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("DELETE FROM documents");
        }
        assertEquals(0, SqliteProbe.number(file, "SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH 'bite'"));
    }
}
