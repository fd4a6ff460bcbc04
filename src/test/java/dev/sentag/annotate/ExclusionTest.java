package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.ingest.ImportResult;
import dev.sentag.model.Sentence;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExclusionTest {
    @TempDir
    Path dir;
    Path db;
    long doc;

    @BeforeEach
    void importSeed() {
        db = dir.resolve("sentag.db");
        try (Workspace ws = Workspace.open(db)) {
            doc = ((ImportResult.Imported) ws.imports().importFile(SeedFiles.second())).documentId();
        }
    }

    @Test
    void excludingASentenceIsUndoneAndRedoneAcrossARestart() {
        try (Workspace ws = Workspace.open(db)) {
            int total = ws.annotation().documents().get(0).sentences();
            Change change = ws.annotation().setExcluded(sentence(ws, 1).id(), true);
            assertTrue(change.sentencesChanged());
            assertEquals(1, change.index());
            assertTrue(sentence(ws, 1).excluded());
            assertEquals(total - 1, ws.annotation().documents().get(0).sentences());
        }
        try (Workspace ws = Workspace.open(db)) {
            assertEquals(1, ws.annotation().undo().orElseThrow().index());
            assertFalse(sentence(ws, 1).excluded());
            ws.annotation().redo();
            assertTrue(sentence(ws, 1).excluded());
        }
    }

    @Test
    void includingAnExcludedSentenceIsUndoable() {
        try (Workspace ws = Workspace.open(db)) {
            AnnotationService a = ws.annotation();
            a.setExcluded(sentence(ws, 0).id(), true);
            a.tag(doc, 2, "Claim");
            a.setExcluded(sentence(ws, 0).id(), false);
            assertFalse(sentence(ws, 0).excluded());

            a.undo();
            assertTrue(sentence(ws, 0).excluded());
            a.undo();
            assertEquals(0, ws.annotation().documents().get(0).tagged(), "the tag was undone in between");
            a.undo();
            assertFalse(sentence(ws, 0).excluded());
        }
    }

    @Test
    void excludingAnUnknownSentenceFailsAndChangesNothing() {
        try (Workspace ws = Workspace.open(db)) {
            assertThrows(IllegalArgumentException.class, () -> ws.annotation().setExcluded(999_999, true));
            assertTrue(ws.annotation().undo().isEmpty());
        }
    }

    private Sentence sentence(Workspace ws, int index) {
        return ws.annotation().open(doc).orElseThrow().sentences().get(index);
    }
}
