package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.SqliteProbe;
import dev.sentag.ingest.ImportResult;
import dev.sentag.model.Sentence;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging and splitting sentences keeps everyone's tags and is undoable like a tag. */
class SentenceRepairTest {
    @TempDir
    Path dir;
    Path db;
    long doc;
    List<String> original;

    @BeforeEach
    void importSeed() {
        db = dir.resolve("sentag.db");
        try (Workspace ws = Workspace.open(db)) {
            var result = ws.imports().importFile(SeedFiles.second());
            doc = assertInstanceOf(ImportResult.Imported.class, result, result::toString).documentId();
            original = texts(ws);
        }
    }

    private List<String> texts(Workspace ws) {
        return ws.annotation().open(doc).orElseThrow().sentences().stream().map(Sentence::text).toList();
    }

    private String label(Workspace ws, int index) {
        var d = ws.annotation().open(doc).orElseThrow();
        var tag = d.tags().get(d.sentences().get(index).id());
        return tag == null || tag.labelId() == null ? "-"
                : ws.annotation().labels().byId(tag.labelId()).orElseThrow().name();
    }

    private void assertOffsetsMapToText(Workspace ws) {
        var d = ws.annotation().open(doc).orElseThrow();
        for (int i = 0; i < d.sentences().size(); i++) {
            Sentence s = d.sentences().get(i);
            assertEquals(i, s.index(), "indexes stay contiguous");
            assertEquals(d.document().text().substring(s.start(), s.end()), s.text());
            assertEquals(s.text().strip(), s.text());
        }
    }

    @Test
    void mergeKeepsTheSharedTagAndJoinsTheText() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 0, "Claim");
            ws.annotation().tag(doc, 1, "claim");
            Change change = ws.annotation().merge(doc, 0, Optional.empty());
            assertTrue(change.sentencesChanged());
            assertEquals(0, change.index());
            List<String> now = texts(ws);
            assertEquals(original.size() - 1, now.size());
            assertEquals(original.get(0) + " " + original.get(1), now.get(0));
            assertEquals(original.get(2), now.get(1));
            assertEquals("Claim", label(ws, 0));
            assertOffsetsMapToText(ws);
        }
    }

    @Test
    void mergeOfAnUntaggedAndATaggedPartKeepsTheTag() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 3, "Response");
            ws.annotation().merge(doc, 2, Optional.empty());
            assertEquals("Response", label(ws, 2));
        }
    }

    @Test
    void mergeOfDifferentlyTaggedPartsAsksAndChangesNothingUntilTold() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 0, "Claim");
            ws.annotation().tag(doc, 1, "Response");
            long before = SqliteProbe.number(db, "SELECT count(*) FROM tag_history");
            var conflict = assertThrows(LabelConflictException.class,
                    () -> ws.annotation().merge(doc, 0, Optional.empty()));
            assertEquals(List.of("Claim", "Response"), conflict.labels().stream().map(l -> l.name()).toList());
            assertEquals(original, texts(ws), "nothing changed");
            assertEquals(before, SqliteProbe.number(db, "SELECT count(*) FROM tag_history"));

            ws.annotation().merge(doc, 0, Optional.of("response"));
            assertEquals("Response", label(ws, 0));
        }
    }

    @Test
    void anotherAnnotatorsDifferingLabelsAreNotGuessed() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().switchAnnotator("ana");
            ws.annotation().tag(doc, 0, "Claim");
            ws.annotation().tag(doc, 1, "Background");
            ws.annotation().switchAnnotator("ben");
            ws.annotation().tag(doc, 0, "Claim");
            Change change = ws.annotation().merge(doc, 0, Optional.empty());
            assertEquals(1, change.tagsNotCarried());
            assertEquals("Claim", label(ws, 0));
            ws.annotation().switchAnnotator("ana");
            assertEquals("-", label(ws, 0), "ana's differing labels are not guessed");
        }
    }

    @Test
    void splitGivesBothPartsTheTagAndNote() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 0, "Background");
            long sentenceId = ws.annotation().open(doc).orElseThrow().sentences().get(0).id();
            ws.annotation().note(sentenceId, "check");
            String first = original.get(0);
            int at = first.indexOf("Jon Finer");
            ws.annotation().split(doc, 0, at);
            List<String> now = texts(ws);
            assertEquals(first.substring(0, at).strip(), now.get(0));
            assertEquals(first.substring(at), now.get(1));
            assertEquals(original.get(1), now.get(2));
            assertEquals("Background", label(ws, 0));
            assertEquals("Background", label(ws, 1));
            assertEquals(2, SqliteProbe.number(db, "SELECT count(*) FROM tags t JOIN sentences s ON s.id = t.sentence_id"
                    + " WHERE s.idx IS NOT NULL AND t.note = 'check'"));
            assertOffsetsMapToText(ws);
        }
    }

    @Test
    void splitOutsideTheSentenceOrIntoBlankPartsIsRefused() {
        try (Workspace ws = Workspace.open(db)) {
            int length = original.get(0).length();
            for (int offset : new int[] {0, -3, length, length + 5}) {
                var e = assertThrows(IllegalArgumentException.class, () -> ws.annotation().split(doc, 0, offset));
                assertTrue(e.getMessage().contains("offset"), e.getMessage());
            }
            assertThrows(IllegalArgumentException.class, () -> ws.annotation().split(doc, 999, 3));
            assertThrows(IllegalArgumentException.class, () -> ws.annotation().merge(doc, original.size() - 1,
                    Optional.empty()), "the last sentence has no next one");
            assertEquals(original, texts(ws));
        }
    }

    @Test
    void mergeAndSplitUndoAndRedoAlsoAfterReopen() {
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(doc, 0, "Claim");
            ws.annotation().tag(doc, 1, "Response");
            ws.annotation().merge(doc, 0, Optional.of("Background"));
            ws.annotation().split(doc, 0, original.get(0).length() + 1);
        }
        try (Workspace ws = Workspace.open(db)) {
            assertEquals(original, texts(ws), "split back where the merge joined");
            assertEquals("Background", label(ws, 0));
            ws.annotation().undo();
            assertEquals(original.size() - 1, texts(ws).size(), "undo of the split");
            ws.annotation().undo();
            assertEquals(original, texts(ws), "undo of the merge");
            assertEquals("Claim", label(ws, 0), "the parts come back with their own tags");
            assertEquals("Response", label(ws, 1));
            ws.annotation().redo();
            assertEquals("Background", label(ws, 0));
            assertEquals(original.size() - 1, texts(ws).size());
            assertOffsetsMapToText(ws);
        }
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().redo();
            assertEquals(original, texts(ws), "redo of the split after reopening");
            assertEquals(6, SqliteProbe.number(db, "SELECT count(*) FROM tag_history WHERE repair_id IS NOT NULL"),
                    "merge, split, two undos, two redos: all in the history");
        }
    }
}
