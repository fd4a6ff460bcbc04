package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import dev.sentag.annotate.AnnotationService;
import dev.sentag.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Text that looks like SQL, or is absurdly long, is data: stored verbatim, or refused clearly. */
class HostileInputTest extends CliHarness {
    private static final String DROP_DOCUMENTS = "'); DROP TABLE documents;--";
    private static final String DROP_TAGS = "\"; DELETE FROM tags; SELECT '";

    private Path db() {
        return dir.resolve("sentag.db");
    }

    private void assertTablesIntact() {
        assertEquals("ok", SqliteProbe.text(db(), "PRAGMA integrity_check"));
        assertTrue(SqliteProbe.count(db(), "documents") >= 1, "documents survive");
        assertEquals(3, SqliteProbe.count(db(), "labels"), "labels survive");
    }

    @Test
    void sqlLikeLabelNameIsAnUnknownLabelAndChangesNothing() {
        importSeeds();
        Run run = sentag("tag", "1", "0", DROP_DOCUMENTS);
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Unknown label"), run.err());
        assertTablesIntact();
        assertEquals(0, SqliteProbe.count(db(), "tags"));
    }

    @Test
    void sqlLikeTitleIsStoredAndListedVerbatim() throws Exception {
        Path article = Files.writeString(dir.resolve("evil.txt"), DROP_DOCUMENTS + "\nThe body says one thing. It says another.\n",
                StandardCharsets.UTF_8);
        Run run = sentag("import", article.toString());
        assertEquals(0, run.code(), run::err);
        assertTrue(sentag("docs").out().contains(DROP_DOCUMENTS));
        assertEquals(DROP_DOCUMENTS, SqliteProbe.text(db(), "SELECT title FROM documents"));
        assertTablesIntact();
    }

    @Test
    void sqlLikeNoteAndAnnotatorAreStoredAndExportedVerbatim() throws Exception {
        importSeeds();
        try (Workspace ws = Workspace.open(db())) {
            ws.annotation().switchAnnotator(DROP_DOCUMENTS);
            // Sentence 1: sentence 0 is the site banner, excluded (and so left out of the export).
            long sentence = ws.annotation().open(1).orElseThrow().sentences().get(1).id();
            ws.annotation().note(sentence, DROP_TAGS);
            ws.annotation().tag(sentence, 1L);
        }
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, sentag("export", "--format", "jsonl", "--tagged-only", "--out", out.toString()).code());
        String json = Files.readString(out);
        assertTrue(json.contains("\"note\":\"\\\"; DELETE FROM tags; SELECT '\""), json);
        assertTrue(json.contains("\"annotator\":\"'); DROP TABLE documents;--\""), json);
        assertEquals(1, SqliteProbe.count(db(), "tags"));
        assertTablesIntact();
    }

    @Test
    void megabyteTitleLineIsShortenedAndTheTextKeptWhole() throws Exception {
        String line = "word ".repeat(200_000).strip();
        Path article = Files.writeString(dir.resolve("long.txt"), line + "\nSecond line.\n", StandardCharsets.UTF_8);
        assertEquals(0, sentag("import", article.toString()).code());
        String title = SqliteProbe.text(db(), "SELECT title FROM documents");
        assertTrue(title.length() <= 120 && title.endsWith("…"), title.length() + " characters");
        assertEquals(line.length() + "\nSecond line.\n".length(), SqliteProbe.number(db(), "SELECT length(text) FROM documents"));
    }

    @Test
    void megabyteNoteIsRefusedWithItsSizeAndALongNoteWithinTheLimitIsKept() {
        importSeeds();
        try (Workspace ws = Workspace.open(db())) {
            AnnotationService annotation = ws.annotation();
            long sentence = annotation.open(1).orElseThrow().sentences().get(0).id();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> annotation.note(sentence, "x".repeat(1_048_576)));
            assertTrue(e.getMessage().contains("1,048,576") && e.getMessage().contains("10,000"), e.getMessage());
            annotation.note(sentence, "y".repeat(AnnotationService.MAX_NOTE));
        }
        assertEquals(AnnotationService.MAX_NOTE, SqliteProbe.number(db(), "SELECT length(note) FROM tags"));
    }
}
