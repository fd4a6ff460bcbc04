package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import dev.sentag.ingest.ImportResult;
import dev.sentag.model.Label;
import dev.sentag.perf.SyntheticCorpus;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keypress path (tag by sentence id) reads only what it needs, and still refuses what it must. */
class TagPathTest {
    @TempDir
    Path dir;

    @Test
    void taggingTheLastSentenceOfAMegabyteArticleStoresItThere() {
        Path db = dir.resolve("long.db");
        try (Workspace ws = Workspace.open(db)) {
            String text = new SyntheticCorpus(7).longArticle(1_000_000);
            long doc = assertInstanceOf(ImportResult.Imported.class, ws.imports().importPasted(text, "Dossier"))
                    .documentId();
            var opened = ws.annotation().open(doc).orElseThrow();
            var last = opened.sentences().get(opened.sentences().size() - 1);
            long claim = ws.annotation().labels().byName("Claim").orElseThrow().id();

            TagOutcome outcome = ws.annotation().tag(last.id(), claim);

            assertEquals(doc, outcome.sentence().documentId());
            assertEquals(last.index(), outcome.sentence().index());
            assertEquals(text.substring(last.start(), last.end()), last.text());
            ws.annotation().tag(doc, last.index() - 1, "Response");
        }
        assertEquals("Claim", SqliteProbe.text(db, """
                SELECT l.name FROM tags t JOIN labels l ON l.id = t.label_id JOIN sentences s ON s.id = t.sentence_id
                ORDER BY s.idx DESC LIMIT 1"""));
        assertEquals(2, SqliteProbe.count(db, "tags"));
    }

    @Test
    void aLabelTheActiveSetNoLongerHoldsIsRefusedAtOnce() throws Exception {
        Path db = dir.resolve("labels.db");
        try (Workspace ws = Workspace.open(db)) {
            long doc = assertInstanceOf(ImportResult.Imported.class,
                    ws.imports().importPasted("One sentence here. Another one there.", "Two")).documentId();
            Label claim = ws.annotation().labels().byName("Claim").orElseThrow();
            long first = ws.annotation().open(doc).orElseThrow().sentences().get(0).id();
            ws.annotation().tag(first, claim.id());

            // Another program (a second window, a script) switches the library to a new label set.
            try (Connection c = SqliteProbe.connect(db); Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO label_sets (id, name) VALUES (2, 'Stance')");
                st.executeUpdate("INSERT INTO labels (label_set_id, name, key, colour, ord) VALUES (2, 'Pro', '1', '#E69F00', 1)");
                st.executeUpdate("UPDATE settings SET value = '2' WHERE key = 'label_set'");
            }

            var refused = assertThrows(IllegalArgumentException.class, () -> ws.annotation().tag(first, claim.id()));
            assertTrue(refused.getMessage().contains("active label set"), refused.getMessage());
            assertEquals("Stance", ws.annotation().labels().name());
            ws.annotation().tag(doc, 1, "Pro");
        }
        assertEquals(1, SqliteProbe.number(db, "SELECT count(*) FROM tags t JOIN labels l ON l.id = t.label_id WHERE l.name = 'Pro'"));
    }

    @Test
    void anIndexPastTheEndNamesTheSentencesThereAre() {
        try (Workspace ws = Workspace.open(dir.resolve("range.db"))) {
            long doc = assertInstanceOf(ImportResult.Imported.class,
                    ws.imports().importPasted("One sentence here. Another one there.", "Two")).documentId();
            var bad = assertThrows(IllegalArgumentException.class, () -> ws.annotation().tag(doc, 2, "Claim"));
            assertEquals("Document " + doc + " has sentences 0..1, not 2.", bad.getMessage());
            var negative = assertThrows(IllegalArgumentException.class, () -> ws.annotation().tag(doc, -1, "Claim"));
            assertTrue(negative.getMessage().contains("not -1"), negative.getMessage());
        }
    }
}
