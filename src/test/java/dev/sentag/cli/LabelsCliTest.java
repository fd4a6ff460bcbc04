package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsCliTest extends CliHarness {
    private String tagLabel(int doc, int index) {
        return text("""
                SELECT l.name FROM tags t JOIN sentences s ON s.id = t.sentence_id JOIN labels l ON l.id = t.label_id
                WHERE s.document_id = %d AND s.idx = %d""".formatted(doc, index));
    }

    @Test
    void labelsListsKeyNameColourAndDefinition() {
        assertEquals(0, sentag("labels", "describe", "Claim", "An assertion\tthat can be checked.").code());

        Run run = sentag("labels");

        assertEquals(0, run.code(), run::err);
        assertEquals(List.of("1\tClaim\t#E69F00\tAn assertion that can be checked.", "2\tResponse\t#0072B2\t",
                "3\tBackground\t#009E73\t"), run.lines());
    }

    @Test
    void addRenameMergeRetireDescribeEachPrintOkAndMakeAVersion() {
        importSeeds();
        sentag("tag", "2", "0", "response");
        sentag("--annotator", "ben", "tag", "2", "1", "response");

        Run add = sentag("labels", "add", "Quote", "--key", "5", "--color", "#CC79A7", "--description", "Reported speech.");
        assertEquals(0, add.code(), add::err);
        assertEquals("ok version 2: add Quote (key 5, #CC79A7)", add.out().strip());
        assertEquals("ok version 3: rename Quote to Quotation", sentag("labels", "rename", "quote", "Quotation").out().strip());
        Run merge = sentag("labels", "merge", "Response", "Claim");
        assertEquals("ok version 4: merge Response into Claim", merge.out().strip(), merge::err);
        assertEquals("Claim", tagLabel(2, 0));
        assertEquals("Claim", tagLabel(2, 1), "ben's tag too");
        assertEquals(0, sentag("labels", "retire", "Quotation").code());
        assertEquals(0, sentag("labels", "describe", "Claim", "Checkable.", "--include", "Predictions",
                "--exclude", "Opinions", "--example", "Prices rose 3%.").code());

        assertEquals(List.of("1\tClaim\t#E69F00\tCheckable.", "3\tBackground\t#009E73\t"), sentag("labels").lines());
        List<String> history = sentag("labels", "history").lines();
        assertEquals(6, history.size(), history::toString);
        assertTrue(history.get(3).matches("4\t\\d{4}-\\d\\d-\\d\\dT[^\t]+\t[^\t]+\tmerge Response into Claim"), history.get(3));
    }

    @Test
    void undoTakesBackAMergeAndThenARename() {
        importSeeds();
        sentag("tag", "2", "0", "response");
        sentag("labels", "rename", "Claim", "Assertion");
        sentag("labels", "merge", "Response", "Assertion");
        assertEquals("Assertion", tagLabel(2, 0));

        Run undo = sentag("undo");

        assertEquals(0, undo.code(), undo::err);
        assertEquals("undone: undo: merge Response into Assertion", undo.out().strip());
        assertEquals("Response", tagLabel(2, 0));
        assertEquals(0, sentag("undo").code());
        assertEquals("1\tClaim\t#E69F00\t", sentag("labels").lines().get(0));
        assertEquals(0, sentag("redo").code());
        assertEquals("1\tAssertion\t#E69F00\t", sentag("labels").lines().get(0));
    }

    @Test
    void tagUnsureFromTheCommandLineAndFromStdin() {
        importSeeds();
        Run one = sentag("tag", "2", "0", "claim", "--unsure");
        assertEquals("ok 2 0 claim unsure", one.out().strip(), one::err);
        Run piped = sentagWithInput("2 1 response unsure\n2 2 background\n", "tag", "--stdin");
        assertEquals(List.of("ok 2 1 response unsure", "ok 2 2 background"), piped.lines(), piped::err);

        assertEquals(2, number("SELECT count(*) FROM tags WHERE unsure = 1"));
        sentag("tag", "2", "0", "claim");
        assertEquals(1, number("SELECT count(*) FROM tags WHERE unsure = 1"),
                "a tag given again without --unsure is sure");
    }

    @Test
    void exportThenImportCarriesLabelsKeysColoursAndDefinitions() throws IOException {
        sentag("labels", "add", "Quote", "--description", "Reported speech.");
        sentag("labels", "describe", "Quote", "Reported speech.", "--example", "“No,” she said.");
        Path file = dir.resolve("codebook.json");
        assertEquals(0, sentag("labels", "export", "--out", file.toString()).code());
        String json = Files.readString(file);
        assertTrue(json.contains("\"examples\" : [ \"“No,” she said.\" ]"), json);

        Run other = runRaw("--db", dir.resolve("other.db").toString(), "labels", "import", file.toString());
        assertEquals(0, other.code(), other::err);
        Run list = runRaw("--db", dir.resolve("other.db").toString(), "labels");
        assertEquals("4\tQuote\t#CC79A7\tReported speech.", list.lines().get(3));
        assertEquals(json, runRaw("--db", dir.resolve("other.db").toString(), "labels", "export").out()
                .replace("\"version\" : 2", "\"version\" : 3"));
    }

    @Test
    void importRefusesWhenALabelInUseWouldDisappear() throws IOException {
        importSeeds();
        sentag("tag", "2", "0", "background");
        Path file = dir.resolve("cb.json");
        Files.writeString(file, """
                {"labels": [{"name": "Claim", "key": "1", "color": "#E69F00"}, {"name": "Response"}]}""");

        Run run = sentag("labels", "import", file.toString());

        assertEquals(2, run.code());
        assertTrue(run.err().contains("lacks 'Background', which 1 tag(s) carry"), run.err());
        assertEquals(3, sentag("labels").lines().size());
        assertEquals(1, sentag("labels", "history").lines().size());
    }

    @Test
    void everyBadInputExitsTwoWithOneLineAndChangesNothing() throws IOException {
        importSeeds();
        sentag("tag", "2", "0", "background");
        for (int i = 4; i <= 8; i++) {
            sentag("labels", "add", "L" + i);
        }
        Path notJson = dir.resolve("bad.json");
        Files.writeString(notJson, "{\"labels\": [");
        Path noList = dir.resolve("nolist.json");
        Files.writeString(noList, "{\"labelz\": []}");
        List<String> before = sentag("labels").lines();
        List<String> history = sentag("labels", "history").lines();
        List<List<String>> bad = List.of(
                List.of("add", ""), List.of("add", "x".repeat(41)), List.of("add", "claim"), List.of("add", "New", "--key", "0"),
                List.of("add", "New", "--key", "2"), List.of("add", "New", "--key", "x"), List.of("add", "New", "--color", "orange"),
                List.of("add", "New", "--color", "#12345"), List.of("rename", "Nope", "New"), List.of("rename", "Claim", "response"),
                List.of("rename", "Claim", ""), List.of("merge", "Nope", "Claim"), List.of("merge", "Claim", "Nope"),
                List.of("merge", "Claim", "CLAIM"), List.of("retire", "Background"), List.of("retire", "Nope"),
                List.of("import", notJson.toString()), List.of("import", noList.toString()),
                List.of("import", dir.resolve("missing.json").toString()), List.of("describe", "Nope", "text"));
        for (List<String> args : bad) {
            String[] all = new String[args.size() + 1];
            all[0] = "labels";
            for (int i = 0; i < args.size(); i++) {
                all[i + 1] = args.get(i);
            }
            Run run = sentag(all);
            assertEquals(2, run.code(), () -> args + ": " + run.err());
            assertEquals(1, run.err().strip().split("\n").length, () -> args + ": " + run.err());
            assertTrue(run.out().isEmpty(), () -> args + ": " + run.out());
        }
        Run ninth = sentag("labels", "add", "L9");
        assertEquals(0, ninth.code(), ninth::err);
        Run tenth = sentag("labels", "add", "Tenth");
        assertEquals(2, tenth.code());
        assertTrue(tenth.err().contains("9 active labels"), tenth.err());
        before = new java.util.ArrayList<>(before);
        before.add("9\tL9\t" + sentag("labels").lines().get(8).split("\t")[2] + "\t");
        assertEquals(before, sentag("labels").lines());
        assertEquals(history.size() + 1, sentag("labels", "history").lines().size());
        assertEquals("Background", tagLabel(2, 0));
        assertFalse(sentag("labels", "--help").out().isEmpty());
        assertTrue(sentag("labels", "merge", "--help").out().contains("FROM"));
    }
}
