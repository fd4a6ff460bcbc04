package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.SeedFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/**
 * Two annotators tag the same seeds in their own databases; ana brings bea's export into hers. The same
 * documents get bea's tags on the same sentences, never a second copy of a document.
 */
class CliMergeImportTest extends CliHarness {
    private static final String ANA_TAGS = "1 1 claim\n1 4 background\n2 0 response\n2 3 claim\n";
    private static final String BEA_TAGS = "1 1 response\n1 2 claim\n1 5 claim\n2 0 response\n";

    private Path bea() {
        return dir.resolve("bea.db");
    }

    /** bea's database: the same seeds, her own tags (after {@code repair}, if any), exported as {@code format}. */
    private Path beaExport(String format, String... repair) {
        Run in = run(bea(), "import", SeedFiles.first().toString(), SeedFiles.second().toString());
        assertEquals(0, in.code(), in::err);
        if (repair.length > 0) {
            Run r = run(bea(), concat(new String[] {"--annotator", "bea"}, repair));
            assertEquals(0, r.code(), r::err);
        }
        tag(bea(), "bea", BEA_TAGS);
        return export(bea(), "bea", format);
    }

    private void tag(Path db, String who, String lines) {
        Run run = runRaw(lines, new String[] {"--db", db.toString(), "--annotator", who, "tag", "--stdin"});
        assertEquals(0, run.code(), run::err);
    }

    private Path export(Path db, String who, String format) {
        Path file = dir.resolve(who + "-" + format + "-" + System.nanoTime() + ".jsonl");
        Run out = run(db, "--annotator", who, "export", "--format", format, "--out", file.toString());
        assertEquals(0, out.code(), out::err);
        return file;
    }

    private Path ana() {
        return dir.resolve("sentag.db");
    }

    private void anaTagged() {
        importSeeds();
        tag(ana(), "ana", ANA_TAGS);
    }

    @Test
    void jsonlDocsOfAnotherAnnotatorAddsTheirTagsToTheSameDocuments() throws Exception {
        anaTagged();
        Path file = beaExport("jsonl-docs");
        Run in = sentag("import", file.toString());
        assertEquals(0, in.code(), in::err);
        assertEquals(2, in.lines().size(), in.out());
        assertTrue(in.lines().get(0).startsWith("1\t") && in.lines().get(0).contains("merged tags of bea: 3 added,"
                + " 0 unchanged, 0 conflicting kept, 0 replaced, 0 unmatched"), in.out());
        assertTrue(in.lines().get(1).startsWith("2\t") && in.lines().get(1).contains("1 added"), in.out());
        assertEquals("", in.err());

        assertEquals(2, sentag("docs").lines().size(), "no document was added");
        for (String doc : new String[] {"1", "2"}) {
            assertEquals(run(bea(), "--annotator", "bea", "show", doc).out(), sentag("--annotator", "bea", "show", doc).out(),
                    "document " + doc + ": bea's labels on ana's sentences");
        }
        JsonNode agree = new ObjectMapper().readTree(sentag("agree", "--json").out());
        assertEquals("[\"ana\",\"bea\"]", agree.get("annotators").toString());
        assertEquals(2, agree.get("units").asInt(), "doc 1 sentence 1 and doc 2 sentence 0 have both labels");
        assertTrue(sentag("--annotator", "ana", "show", "1").out().contains("1\tClaim\t"), "ana's own label is untouched");
    }

    @Test
    void importingTheSameExportTwiceChangesNothingAndSaysSo() {
        anaTagged();
        Path file = beaExport("jsonl-docs");
        assertEquals(0, sentag("import", file.toString()).code());
        String before = sentag("--annotator", "bea", "show", "1").out() + sentag("agree", "--json").out();

        Run again = sentag("import", file.toString());
        assertEquals(0, again.code(), again::err);
        assertTrue(again.lines().stream().allMatch(l -> l.contains(" 0 added,") && l.endsWith("(nothing changed)")),
                again.out());
        assertTrue(again.lines().get(0).contains("3 unchanged"), again.out());
        assertEquals(before, sentag("--annotator", "bea", "show", "1").out() + sentag("agree", "--json").out());
        assertEquals(2, sentag("docs").lines().size());
    }

    @Test
    void perSentenceJsonlFindsTheDocumentsByTheirSentencesAndMergesTheSameWay() {
        anaTagged();
        Path file = beaExport("jsonl");
        Run in = sentag("import", file.toString());
        assertEquals(0, in.code(), in::err);
        assertTrue(in.out().contains("merged tags of bea: 3 added"), in.out());
        assertEquals(2, sentag("docs").lines().size(), "the rebuilt text did not make new documents");
        for (String doc : new String[] {"1", "2"}) {
            assertEquals(run(bea(), "--annotator", "bea", "show", doc).out(), sentag("--annotator", "bea", "show", doc).out());
        }
        assertTrue(sentag("import", file.toString()).out().contains("(nothing changed)"));
    }

    @Test
    void aSentenceTheOtherAnnotatorMergedIsReportedAndNotWritten() {
        anaTagged();
        // bea joined sentences 2 and 3 of document 1, so her "1 2 claim" sits on boundaries ana does not have.
        Path file = beaExport("jsonl-docs", "merge", "1", "2");
        Run in = sentag("import", file.toString());
        assertEquals(0, in.code(), in::err);
        assertTrue(in.lines().get(0).contains("1 unmatched"), in.out());
        assertTrue(in.err().contains("bea's Claim at characters ") && in.err().contains("was not merged: no sentence here"
                + " has those boundaries"), in.err());
        String show = sentag("--annotator", "bea", "show", "1").out();
        assertTrue(show.contains("\n2\t-\t") && show.contains("\n3\t-\t"), "nothing written on either part:\n" + show);
        assertTrue(show.contains("\n1\tResponse\t"), "the sentences that match still got bea's labels:\n" + show);
    }

    @Test
    void aCorruptLineRefusesTheWholeFileAndWritesNothing() throws Exception {
        anaTagged();
        Path file = beaExport("jsonl-docs");
        Files.writeString(file, "{\"title\": \"broken\", \"text\": \n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Run in = sentag("import", file.toString());
        assertEquals(2, in.code());
        assertTrue(in.err().contains("line 3: not valid JSON"), in.err());
        assertEquals("", in.out());
        assertFalse(sentag("agree", "--json").out().contains("bea"), "no tag of bea was written");
    }

    @Test
    void aDifferentLabelKeepsWhatIsHereUnlessOverwriteIsGiven() {
        anaTagged();
        Path first = beaExport("jsonl-docs");
        assertEquals(0, sentag("import", first.toString()).code());
        tag(bea(), "bea", "1 1 background\n");
        Path second = export(bea(), "bea", "jsonl-docs");

        Run kept = sentag("import", second.toString());
        assertEquals(0, kept.code(), kept::err);
        assertTrue(kept.lines().get(0).contains("0 added, 2 unchanged, 1 conflicting kept, 0 replaced"), kept.out());
        assertTrue(kept.err().contains("1 tags differ from the ones here; kept the ones here (--overwrite"), kept.err());
        assertTrue(sentag("--annotator", "bea", "show", "1").out().contains("\n1\tResponse\t"));

        Run replaced = sentag("import", "--overwrite", second.toString());
        assertEquals(0, replaced.code(), replaced::err);
        assertTrue(replaced.lines().get(0).contains("0 conflicting kept, 1 replaced"), replaced.out());
        assertTrue(sentag("--annotator", "bea", "show", "1").out().contains("\n1\tBackground\t"));
    }

    @Test
    void anOldExportOfYourOwnWorkNeverOverwritesWhatYouTaggedSince() {
        anaTagged();
        Path old = export(ana(), "ana", "jsonl-docs");
        tag(ana(), "ana", "1 1 response\n1 6 claim\n");
        Run in = sentag("--annotator", "ana", "import", old.toString());
        assertEquals(0, in.code(), in::err);
        assertTrue(in.lines().get(0).contains("1 conflicting kept"), in.out());
        String show = sentag("--annotator", "ana", "show", "1").out();
        assertTrue(show.contains("\n1\tResponse\t") && show.contains("\n6\texcluded:Claim\t"), show);
    }

    @Test
    void aDryRunSaysWhatWouldMergeAndStoresNothing() {
        anaTagged();
        Path file = beaExport("jsonl-docs");
        Run dry = sentag("import", "--dry-run", file.toString());
        assertEquals(0, dry.code(), dry::err);
        assertTrue(dry.lines().get(0).contains("3 added") && dry.lines().get(0).endsWith("(dry run: nothing stored)"),
                dry.out());
        assertFalse(sentag("agree", "--json").out().contains("bea"));
        assertTrue(sentag("import", file.toString()).lines().get(0).contains("3 added"));
    }

    private Run run(Path db, String... args) {
        return runRaw(concat(new String[] {"--db", db.toString()}, args));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
