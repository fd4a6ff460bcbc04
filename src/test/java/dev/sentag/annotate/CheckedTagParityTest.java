package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sentag.SqliteProbe;
import dev.sentag.ingest.ImportResult;
import dev.sentag.model.HistoryEntry;
import dev.sentag.pg.PostgresServer;
import dev.sentag.store.StoreException;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The keypress's tag (by sentence id) on both backends: the same refusals with the same messages and nothing written,
 * the note and the unsure flag kept, the old label in the history, and the history row and the tag written together
 * or not at all (one statement on PostgreSQL, BEGIN IMMEDIATE … COMMIT on SQLite).
 */
class CheckedTagParityTest {
    private static final String TEXT = "One sentence here. Another one there. A third one too.";

    enum Backend { SQLITE, POSTGRESQL }

    @TempDir
    Path dir;

    /** A library of one three-sentence document, and plain SQL on it for the assertions. */
    private final class Library implements AutoCloseable {
        final Workspace ws;
        final long doc;
        final List<Long> sentences;
        private final Backend backend;
        private final String database;

        Library(Backend backend) {
            this.backend = backend;
            if (backend == Backend.SQLITE) {
                database = null;
                ws = Workspace.open(dir.resolve("parity.db"));
            } else {
                PostgresServer server = PostgresServer.get();
                database = server.freshDatabase();
                ws = Workspace.open(server.url(PostgresServer.SUPERUSER, database));
            }
            doc = assertInstanceOf(ImportResult.Imported.class, ws.imports().importPasted(TEXT, "Three")).documentId();
            sentences = ws.annotation().open(doc).orElseThrow().sentences().stream().map(s -> s.id()).toList();
        }

        Connection sql() throws SQLException {
            return backend == Backend.SQLITE ? SqliteProbe.connect(dir.resolve("parity.db"))
                    : PostgresServer.get().superuser(database);
        }

        void run(String statement) throws SQLException {
            try (Connection c = sql(); Statement st = c.createStatement()) {
                st.execute(statement);
            }
        }

        long number(String query) throws SQLException {
            try (Connection c = sql(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        long label(String name) {
            return ws.annotation().labels().byName(name).orElseThrow().id();
        }

        /** Tags and history rows, so a refusal can be shown to have written neither. */
        String written() throws SQLException {
            return number("SELECT count(*) FROM tags") + " tags, " + number("SELECT count(*) FROM tag_history") + " history";
        }

        @Override
        public void close() {
            ws.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUnknownSentenceIsRefusedWithTheSameMessageAndNothingWritten(Backend backend) throws Exception {
        try (Library lib = new Library(backend)) {
            long claim = lib.label("Claim");
            var bad = assertThrows(IllegalArgumentException.class, () -> lib.ws.annotation().tag(999_999L, claim));
            assertEquals("No sentence with id 999999.", bad.getMessage());
            assertEquals("0 tags, 0 history", lib.written());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSentenceAMergeReplacedIsNoLongerTaggable(Backend backend) throws Exception {
        try (Library lib = new Library(backend)) {
            long first = lib.sentences.get(0);
            lib.ws.annotation().merge(lib.doc, 0, Optional.empty());
            String before = lib.written();
            var bad = assertThrows(IllegalArgumentException.class,
                    () -> lib.ws.annotation().tag(first, lib.label("Claim")));
            assertEquals("No sentence with id " + first + ".", bad.getMessage());
            assertEquals(before, lib.written());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRetiredLabelOrOneOfAnotherSetIsRefusedAndNothingWritten(Backend backend) throws Exception {
        try (Library lib = new Library(backend)) {
            long sentence = lib.sentences.get(1);
            long background = lib.label("Background");
            lib.run("UPDATE labels SET retired = 1 WHERE id = " + background);
            lib.run("INSERT INTO label_sets (id, name) VALUES (2, 'Stance')");
            lib.run("INSERT INTO labels (label_set_id, name, key, colour, ord) VALUES (2, 'Pro', '1', '#E69F00', 1)");
            long pro = lib.number("SELECT id FROM labels WHERE name = 'Pro'");
            for (long label : new long[] {background, pro, 424_242L}) {
                var bad = assertThrows(IllegalArgumentException.class, () -> lib.ws.annotation().tag(sentence, label));
                assertEquals("No label with id " + label + " in the active label set.", bad.getMessage());
            }
            assertEquals("0 tags, 0 history", lib.written());

            lib.run("UPDATE settings SET value = '2' WHERE key = 'label_set'");
            lib.ws.annotation().tag(sentence, pro); // the set the library now uses, read inside the statement
            long claim = lib.number("SELECT id FROM labels WHERE name = 'Claim'");
            var refused = assertThrows(IllegalArgumentException.class, () -> lib.ws.annotation().tag(sentence, claim));
            assertEquals("No label with id " + claim + " in the active label set.", refused.getMessage());
            assertEquals("1 tags, 1 history", lib.written());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRetagKeepsTheNoteAndTheUnsureFlagAndRecordsTheOldLabel(Backend backend) throws Exception {
        try (Library lib = new Library(backend)) {
            long sentence = lib.sentences.get(2);
            long claim = lib.label("Claim");
            long response = lib.label("Response");
            TagOutcome first = lib.ws.annotation().tag(sentence, claim, true);
            lib.ws.annotation().note(sentence, "check the quote");
            TagOutcome second = lib.ws.annotation().tag(sentence, response);

            assertEquals(new dev.sentag.model.SentencePlace(sentence, lib.doc, 2, false), second.sentence());
            assertNull(first.change().oldLabelId());
            assertEquals(claim, second.change().oldLabelId());
            assertEquals(HistoryEntry.Action.TAG, second.change().action());
            assertEquals("check the quote", lib.ws.annotation().open(lib.doc).orElseThrow().tags().get(sentence).note());
            assertEquals(1, lib.number("SELECT unsure FROM tags WHERE sentence_id = " + sentence));
            assertEquals(response, lib.number("SELECT label_id FROM tags WHERE sentence_id = " + sentence));
            assertEquals(lib.number("SELECT max(version) FROM codebook_versions"),
                    lib.number("SELECT codebook_version FROM tags WHERE sentence_id = " + sentence));
            assertEquals(second.change().id(), lib.number("SELECT max(id) FROM tag_history WHERE old_label_id = " + claim
                    + " AND new_label_id = " + response + " AND action = 'tag'"));

            Change undone = lib.ws.annotation().undo().orElseThrow();
            assertEquals(2, undone.index());
            assertEquals(claim, undone.labelId());
            assertEquals(claim, lib.number("SELECT label_id FROM tags WHERE sentence_id = " + sentence));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aTagTheDatabaseRefusesLeavesNoHistoryRowBehind(Backend backend) throws Exception {
        try (Library lib = new Library(backend)) {
            long sentence = lib.sentences.get(0);
            lib.ws.annotation().tag(sentence, lib.label("Claim"));
            if (backend == Backend.SQLITE) {
                lib.run("CREATE TRIGGER refuse BEFORE UPDATE ON tags BEGIN SELECT RAISE(ABORT, 'refused by a test'); END");
            } else {
                lib.run("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS"
                        + " 'BEGIN RAISE EXCEPTION ''refused by a test''; END'");
                lib.run("CREATE TRIGGER refuse BEFORE UPDATE ON tags FOR EACH ROW EXECUTE FUNCTION refuse()");
            }
            assertThrows(StoreException.class, () -> lib.ws.annotation().tag(sentence, lib.label("Response")));
            assertEquals("1 tags, 1 history", lib.written());
            assertEquals(lib.label("Claim"), lib.number("SELECT label_id FROM tags WHERE sentence_id = " + sentence));

            lib.run("DROP TRIGGER refuse" + (backend == Backend.SQLITE ? "" : " ON tags"));
            lib.ws.annotation().tag(sentence, lib.label("Background")); // the connection is usable again
            assertEquals("1 tags, 2 history", lib.written());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aTrashedDocumentIsRefusedByIndexWithTheSameMessage(Backend backend) throws Exception {
        try (Library lib = new Library(backend)) {
            lib.ws.annotation().delete(lib.doc);
            String before = lib.written();
            var bad = assertThrows(IllegalArgumentException.class, () -> lib.ws.annotation().tag(lib.doc, 0, "Claim"));
            assertEquals("Document " + lib.doc + " is in the trash (sentag undelete " + lib.doc + ").", bad.getMessage());
            assertEquals(before, lib.written());
        }
    }
}
