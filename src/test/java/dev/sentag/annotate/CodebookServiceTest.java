package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.SqliteProbe;
import dev.sentag.ingest.ImportResult;
import dev.sentag.model.CodebookLabel;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookServiceTest {
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
        }
    }

    private String label(int index, String annotator) {
        return SqliteProbe.text(db, """
                SELECT l.name FROM tags t JOIN sentences s ON s.id = t.sentence_id JOIN labels l ON l.id = t.label_id
                JOIN annotators a ON a.id = t.annotator_id
                WHERE s.document_id = %d AND s.idx = %d AND a.name = '%s'""".formatted(doc, index, annotator));
    }

    @Test
    void renameKeepsEveryTagUnderTheNewNameAndUndoTakesItBack() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().actAs("ana");
            ws.annotation().tag(doc, 1, "Claim");
            ws.codebook().rename("claim", "Assertion");

            assertEquals("Assertion", label(1, "ana"));
            assertEquals("Assertion", ws.annotation().labels().byKey("1").orElseThrow().name());
            ws.annotation().tag(doc, 2, "assertion");
            assertEquals("Assertion", label(2, "ana"));

            assertFalse(ws.annotation().undo().orElseThrow().isCodebook(), "first the later tag");
            var undone = ws.annotation().undo().orElseThrow();
            assertTrue(undone.isCodebook());
            assertEquals("undo: rename Claim to Assertion", undone.codebook());
            assertEquals("Claim", label(1, "ana"));
            ws.annotation().redo();
            assertEquals("Assertion", label(1, "ana"));
        }
    }

    @Test
    void mergeRelabelsEveryAnnotatorsTagsAndUndoRestoresExactlyThose() {
        try (Workspace ws = Workspace.open(db)) {
            AnnotationService a = ws.annotation();
            a.actAs("ben");
            a.tag(doc, 1, "Response");
            a.tag(doc, 2, "Claim");
            a.actAs("ana");
            a.tag(doc, 1, "Response");
            a.tag(doc, 3, "Claim");
            int before = ws.codebook().current().version();

            ws.codebook().merge("Response", "Claim");

            assertEquals("Claim", label(1, "ben"));
            assertEquals("Claim", label(1, "ana"));
            assertEquals(List.of("Claim", "Background"), a.labels().labels().stream().map(l -> l.name()).toList());
            assertTrue(ws.codebook().current().byName("Response").orElseThrow().retired());
            assertEquals(before + 1, ws.codebook().current().version());

            a.undo();

            assertEquals("Response", label(1, "ben"), "ben's Response tag comes back");
            assertEquals("Response", label(1, "ana"));
            assertEquals("Claim", label(2, "ben"), "a tag that was Claim before the merge stays Claim");
            assertEquals("Claim", label(3, "ana"));
            assertEquals("2", a.labels().byName("Response").orElseThrow().key(), "the merged label gets its key back");

            a.redo();
            assertEquals("Claim", label(1, "ben"));
            a.undo();
            assertEquals("Response", label(1, "ben"), "undo after redo restores the same tags");
        }
    }

    @Test
    void undoOfAMergeLeavesATagRelabelledSinceAlone() {
        try (Workspace ws = Workspace.open(db)) {
            AnnotationService a = ws.annotation();
            a.actAs("ben");
            a.tag(doc, 1, "Response");
            a.tag(doc, 2, "Response");
            a.actAs("ana");
            ws.codebook().merge("Response", "Claim");
            a.actAs("ben");
            a.tag(doc, 2, "Background");
            a.actAs("ana");

            a.undo();

            assertEquals("Response", label(1, "ben"));
            assertEquals("Background", label(2, "ben"), "ben's later decision is not overwritten");
        }
    }

    @Test
    void retiringALabelInUseIsRefusedUnlessItsTagsGoSomewhere() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 1, "Background");
            int version = ws.codebook().current().version();

            var e = assertThrows(IllegalArgumentException.class, () -> ws.codebook().retire("Background", null));
            assertTrue(e.getMessage().contains("used by 1 tag"), e.getMessage());
            assertEquals(version, ws.codebook().current().version(), "nothing changed");

            ws.codebook().retire("Background", "Response");
            assertEquals("Response", label(1, ws.annotation().annotator().name()));
            ws.codebook().add("Quote", null, null, "Words reported as said.");
            assertEquals("3", ws.annotation().labels().byName("Quote").orElseThrow().key(), "the freed key is reused");
            ws.codebook().retire("Quote", null);
            assertFalse(ws.annotation().labels().byName("Quote").isPresent());
        }
    }

    @Test
    void everyChangeMakesAVersionAndTagsRecordTheirsAndUnsure() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 1, "Claim");
            ws.codebook().add("Quote", "5", "#CC79A7", "Reported speech.");
            ws.codebook().describe("Quote", "Reported speech.", "Direct quotes", "Paraphrase", List.of("“No,” she said."));
            ws.codebook().recolour("Quote", "#56b4e9");
            ws.codebook().reorder(List.of("Quote", "Claim", "Response", "Background"));
            ws.annotation().tag(doc, 2, "Quote", true);

            var versions = ws.codebook().versions();
            assertEquals(5, versions.size(), versions::toString);
            assertTrue(versions.get(1).change().startsWith("add Quote"), versions.get(1).change());
            CodebookLabel quote = ws.codebook().current().byName("quote").orElseThrow();
            assertEquals("1", quote.label().key());
            assertEquals("#56B4E9", quote.label().colour());
            assertEquals(List.of("“No,” she said."), quote.examples());
            assertEquals("Paraphrase", quote.excludeNote());
            assertEquals(1, SqliteProbe.number(db, "SELECT codebook_version FROM tags t JOIN sentences s ON s.id = t.sentence_id WHERE s.idx = 1"));
            assertEquals(5, SqliteProbe.number(db, "SELECT codebook_version FROM tags t JOIN sentences s ON s.id = t.sentence_id WHERE s.idx = 2"));
            assertEquals(1, SqliteProbe.number(db, "SELECT unsure FROM tags t JOIN sentences s ON s.id = t.sentence_id WHERE s.idx = 2"));

            ws.annotation().tag(doc, 2, "Claim");
            assertEquals(1, SqliteProbe.number(db, "SELECT unsure FROM tags t JOIN sentences s ON s.id = t.sentence_id WHERE s.idx = 2"),
                    "a new label from a key keeps the flag");
        }
    }

    @Test
    void badNamesKeysAndColoursAreRefusedBeforeAnythingIsWritten() {
        try (Workspace ws = Workspace.open(db)) {
            CodebookService c = ws.codebook();
            assertThrows(IllegalArgumentException.class, () -> c.add(" ", null, null, null));
            assertThrows(IllegalArgumentException.class, () -> c.add("x".repeat(41), null, null, null));
            assertThrows(IllegalArgumentException.class, () -> c.add("CLAIM", null, null, null));
            assertThrows(IllegalArgumentException.class, () -> c.add("Quote", "0", null, null));
            assertThrows(IllegalArgumentException.class, () -> c.add("Quote", "2", null, null));
            assertThrows(IllegalArgumentException.class, () -> c.add("Quote", null, "red", null));
            assertThrows(IllegalArgumentException.class, () -> c.add("Quote", null, "#000080", null), "too dark");
            assertThrows(IllegalArgumentException.class, () -> c.rename("Nope", "Other"));
            assertThrows(IllegalArgumentException.class, () -> c.merge("Claim", "claim"));
            for (int i = 4; i <= 9; i++) {
                c.add("L" + i, null, null, null);
            }
            assertThrows(IllegalArgumentException.class, () -> c.add("Tenth", null, null, null));
            assertEquals(7, c.versions().size());
        }
    }
}
