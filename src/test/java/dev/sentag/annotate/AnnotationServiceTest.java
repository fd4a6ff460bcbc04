package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.SqliteProbe;
import dev.sentag.ingest.ImportResult;
import dev.sentag.model.Sentence;
import dev.sentag.model.Tag;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class AnnotationServiceTest {
    @TempDir
    Path dir;
    Path db;
    long doc;

    @BeforeEach
    void importSeed() {
        db = dir.resolve("sentag.db");
        try (Workspace ws = Workspace.open(db)) {
            var result = ws.imports().importFile(SeedFiles.first());
            doc = assertInstanceOf(ImportResult.Imported.class, result, result::toString).documentId();
            assertTrue(ws.annotation().open(doc).orElseThrow().sentences().size() >= 5, "seed has sentences");
        }
    }

    @Test
    void taggedSentencesSurviveReopen() {
        try (Workspace ws = Workspace.open(db)) {
            // Sentence 0 of this seed is its site banner, imported excluded: progress does not count it.
            ws.annotation().tag(doc, 1, "Claim");
            ws.annotation().tag(doc, 3, "Background");
        }
        try (Workspace ws = Workspace.open(db)) {
            assertEquals("Claim", label(ws, 1));
            assertEquals("-", label(ws, 2));
            assertEquals("Background", label(ws, 3));
            assertEquals(2, ws.annotation().documents().get(0).tagged());
        }
    }

    @Test
    void undoRevertsToThePreviousLabelAndRedoReappliesIt() {
        try (Workspace ws = Workspace.open(db)) {
            AnnotationService a = ws.annotation();
            a.tag(doc, 0, "Claim");
            a.tag(doc, 0, "Response");

            assertEquals(0, a.undo().orElseThrow().index());
            assertEquals("Claim", label(ws, 0));
            a.undo();
            assertEquals("-", label(ws, 0));
            assertTrue(a.undo().isEmpty(), "nothing left to undo");

            a.redo();
            assertEquals("Claim", label(ws, 0));
            a.redo();
            assertEquals("Response", label(ws, 0));
            assertTrue(a.redo().isEmpty(), "nothing left to redo");
        }
    }

    @Test
    void undoAndRedoStacksAreRebuiltAfterReopen() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 0, "Claim");
            ws.annotation().tag(doc, 1, "Response");
            ws.annotation().tag(doc, 2, "Background");
            ws.annotation().undo();
        }
        try (Workspace ws = Workspace.open(db)) {
            assertEquals("-", label(ws, 2));
            assertEquals(1, ws.annotation().undo().orElseThrow().index(), "undo continues where it was");
            assertEquals("-", label(ws, 1));
        }
        try (Workspace ws = Workspace.open(db)) {
            assertEquals(1, ws.annotation().redo().orElseThrow().index(), "latest undone comes back first");
            assertEquals("Response", label(ws, 1));
        }
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().redo();
            assertEquals("Background", label(ws, 2));
            assertTrue(ws.annotation().redo().isEmpty());
            assertEquals("Claim", label(ws, 0));
        }
    }

    @Test
    void newTagClearsTheRedoStackAlsoAfterReopen() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 0, "Claim");
            ws.annotation().undo();
            ws.annotation().tag(doc, 1, "Response");
            assertTrue(ws.annotation().redo().isEmpty(), "a new tag empties redo");
        }
        try (Workspace ws = Workspace.open(db)) {
            assertTrue(ws.annotation().redo().isEmpty(), "still empty when rebuilt from history");
            assertEquals(1, ws.annotation().undo().orElseThrow().index());
        }
    }

    @Test
    void noneClearsALabelAndTheClearIsUndoable() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 3, "Claim");
            ws.annotation().tag(doc, 3, "none");
            assertEquals("-", label(ws, 3));
            assertEquals(0, SqliteProbe.count(db, "tags"), "a cleared label without a note leaves no tag row");
            ws.annotation().undo();
            assertEquals("Claim", label(ws, 3));
        }
    }

    @Test
    void labelNamesIgnoreCase() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 0, "claim");
            ws.annotation().tag(doc, 1, "RESPONSE");
            ws.annotation().tag(doc, 2, " BackGround ");
            ws.annotation().tag(doc, 2, "NONE");
            assertEquals("Claim", label(ws, 0));
            assertEquals("Response", label(ws, 1));
            assertEquals("-", label(ws, 2));
        }
    }

    @Test
    void noteSurvivesLabelChangeAndClear() {
        try (Workspace ws = Workspace.open(db)) {
            var s = ws.annotation().tag(doc, 4, "Claim").sentence();
            ws.annotation().note(s.id(), "quote needs a source");
            ws.annotation().tag(doc, 4, "Response");
            assertEquals("quote needs a source", tag(ws, 4).note());
            ws.annotation().tag(doc, 4, "none");
            assertNull(tag(ws, 4).labelId());
            assertEquals("quote needs a source", tag(ws, 4).note());
        }
        try (Workspace ws = Workspace.open(db)) {
            assertEquals("quote needs a source", tag(ws, 4).note());
        }
    }

    @Test
    void everyChangeAppendsOneHistoryRow() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 0, "Claim");
            ws.annotation().tag(doc, 0, "Response");
            ws.annotation().tag(doc, 1, "none");
            ws.annotation().undo();
            ws.annotation().redo();
            long firstId = SqliteProbe.number(db, "SELECT min(id) FROM tag_history");
            assertEquals(5, SqliteProbe.count(db, "tag_history"));
            assertEquals("tag,tag,tag,undo,redo",
                    SqliteProbe.text(db, "SELECT group_concat(action, ',') FROM (SELECT action FROM tag_history ORDER BY id)"));
            assertEquals(firstId, SqliteProbe.number(db, "SELECT min(id) FROM tag_history"), "rows are never rewritten");
        }
    }

    @Test
    void unknownLabelIsRefusedWithTheKnownLabelsAndNothingWritten() {
        assertRefusedWithoutWriting(ws -> ws.annotation().tag(doc, 0, "Opinion"), "Opinion", "Claim", "none");
    }

    @Test
    void sentenceIndexOutOfRangeIsRefusedAndNothingWritten() {
        assertRefusedWithoutWriting(ws -> ws.annotation().tag(doc, 10_000, "Claim"), "10000", "0..");
        assertRefusedWithoutWriting(ws -> ws.annotation().tag(doc, -1, "Claim"), "-1");
    }

    @Test
    void unknownDocumentIsRefusedAndNothingWritten() {
        assertRefusedWithoutWriting(ws -> ws.annotation().tag(doc + 99, 0, "Claim"), "No document", "" + (doc + 99));
    }

    @Test
    void unknownSentenceOrLabelIdIsRefusedAndNothingWritten() {
        assertRefusedWithoutWriting(ws -> ws.annotation().tag(987_654L, 1L), "987654");
        assertRefusedWithoutWriting(ws -> ws.annotation().tag(sentenceId(ws, 0), 77L), "77");
    }

    private interface WorkspaceCall {
        void run(Workspace ws);
    }

    private void assertRefusedWithoutWriting(WorkspaceCall call, String... inMessage) {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().annotator(); // creating the annotator row is not what is under test
            long tags = SqliteProbe.count(db, "tags");
            long history = SqliteProbe.count(db, "tag_history");
            Executable attempt = () -> call.run(ws);
            var e = assertThrows(IllegalArgumentException.class, attempt);
            for (String part : inMessage) {
                assertTrue(e.getMessage().contains(part), () -> "'" + e.getMessage() + "' should mention " + part);
            }
            assertEquals(tags, SqliteProbe.count(db, "tags"));
            assertEquals(history, SqliteProbe.count(db, "tag_history"));
        }
    }

    private long sentenceId(Workspace ws, int index) {
        return ws.annotation().open(doc).orElseThrow().sentences().get(index).id();
    }

    private Tag tag(Workspace ws, int index) {
        var open = ws.annotation().open(doc).orElseThrow();
        return open.tags().get(open.sentences().get(index).id());
    }

    /** The label name of sentence {@code index}, or "-" when it has none. */
    private String label(Workspace ws, int index) {
        Tag t = tag(ws, index);
        if (t == null || t.labelId() == null) {
            return "-";
        }
        return ws.annotation().labels().byId(t.labelId()).orElseThrow().name();
    }
}
