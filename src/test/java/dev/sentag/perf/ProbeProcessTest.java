package dev.sentag.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measures' child processes work: the app and the bare window print their PROBE line headless (Monocle) and
 * exit, and the scenarios really open, select and tag. No timing is asserted here; the benchmark reports times.
 */
class ProbeProcessTest {
    @TempDir
    Path scratch;

    private ProbeProcess.Result probe(String mode, String main, Path db, long document) throws Exception {
        List<String> flags = new ArrayList<>(ProbeProcess.MONOCLE);
        flags.add("-Dsentag.probe=" + mode);
        flags.add("-Dsentag.probe.document=" + document);
        List<String> args = db == null ? List.of() : List.of("--db", db.toString());
        return ProbeProcess.run(scratch, System.getProperty("java.class.path"), flags, main, args);
    }

    private List<Long> library(Path db) {
        var corpus = new SyntheticCorpus(5);
        return ScratchLibrary.withArticles(db, List.of(corpus.article(0), corpus.article(1), corpus.article(2)));
    }

    @Test
    void theAppAndTheBareWindowReportTheirFirstFrame() throws Exception {
        Path db = scratch.resolve("launch.db");
        library(db);
        assertTrue(probe("first-frame", LaunchMeasure.APP, db, -1).number("first-frame-ms") > 0);
        assertTrue(probe("first-frame", LaunchMeasure.BARE, null, -1).number("first-frame-ms") > 0);
    }

    @Test
    void theLibraryShownProbeReportsTheListShowingItsRows() throws Exception {
        Path db = scratch.resolve("shown.db");
        library(db);

        var result = probe("library-shown", LaunchMeasure.APP, db, -1);

        assertTrue(result.number("library-shown-ms") > 0);
        assertEquals(SqliteProbe.count(db, "documents"), (long) result.number("rows-shown"), "a small library shows whole");
    }

    @Test
    void theLargeArticleProbeOpensTheArticleAndTagsItsLastSentence() throws Exception {
        Path db = scratch.resolve("article.db");
        long document = library(db).get(2);
        long sentences = SqliteProbe.number(db,
                "SELECT count(*) FROM sentences WHERE idx IS NOT NULL AND document_id = " + document);

        var result = probe("large-article", LaunchMeasure.APP, db, document);

        assertEquals(sentences, (long) result.number("sentences"));
        assertTrue(result.number("total-ms") >= result.number("open-ms"), result.fields().toString());
        assertEquals(sentences - 1, SqliteProbe.number(db, "SELECT s.idx FROM tags t JOIN sentences s "
                + "ON s.id = t.sentence_id WHERE s.document_id = " + document), "the last sentence was tagged");
    }

    @Test
    void theLibraryProbeListsEveryArticleAndHoldsOnlyTheOpenOnesSentences() throws Exception {
        Path db = scratch.resolve("library.db");
        long document = library(db).get(2);

        var result = probe("library", LaunchMeasure.APP, db, document);

        assertEquals(SqliteProbe.count(db, "documents"), (long) result.number("documents"));
        assertEquals(SqliteProbe.number(db, "SELECT count(*) FROM sentences WHERE idx IS NOT NULL AND document_id = "
                + document), (long) result.number("rows"));
        assertEquals("true", result.fields().get("saved"));
        assertTrue(result.number("heap-used-mb") > 0);
        assertEquals(1, SqliteProbe.count(db, "tags"));
    }
}
