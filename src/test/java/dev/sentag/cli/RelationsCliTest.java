package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code sentag relations …}: the link types of the codebook, and the codebook file carrying them. */
class RelationsCliTest extends CliHarness {
    private static final String DEFAULT = "r\tresponds_to\t#0072B2\t";

    @Test
    void relationsListsTheDefaultType() {
        Run run = sentag("relations");

        assertEquals(0, run.code(), run::err);
        assertEquals(List.of(DEFAULT), run.lines());
    }

    @Test
    void addRenameDescribeRecolourRetireEachPrintOkAndMakeAVersion() {
        Run add = sentag("relations", "add", "supports", "--key", "S", "--color", "#009e73", "--description",
                "Gives evidence for the target.");
        assertEquals(0, add.code(), add::err);
        assertEquals(List.of("ok version 2: add link type supports (key s, #009E73)"), add.lines());
        assertEquals(List.of("ok version 3: rename link type supports to backs"),
                sentag("relations", "rename", "SUPPORTS", "backs").lines());
        assertEquals(List.of("ok version 4: describe link type backs"),
                sentag("relations", "describe", "backs", "Evidence\tfor it.").lines());
        assertEquals(List.of("ok version 5: recolour link type backs #CC79A7"),
                sentag("relations", "recolour", "backs", "#cc79a7").lines());
        assertEquals(List.of("ok version 6: key of link type backs b"), sentag("relations", "key", "backs", "B").lines());
        assertEquals(List.of(DEFAULT, "b\tbacks\t#CC79A7\tEvidence for it."), sentag("relations").lines());

        Run retire = sentag("relations", "retire", "backs");

        assertEquals(List.of("ok version 7: retire link type backs"), retire.lines(), retire::err);
        assertEquals(List.of(DEFAULT), sentag("relations").lines());
        List<String> history = sentag("labels", "history").lines();
        assertEquals(7, history.size());
        assertTrue(history.get(6).endsWith("\tretire link type backs"), history.get(6));
    }

    @Test
    void addWithoutKeyOrColourTakesTheFirstLetterAndAFreePaletteColour() {
        sentag("relations", "add", "contradicts");
        sentag("relations", "add", "cites");

        assertEquals(List.of(DEFAULT, "c\tcontradicts\t#E69F00\t", "a\tcites\t#009E73\t"), sentag("relations").lines());
    }

    @Test
    void aNewTypeLinksAndARenameKeepsEveryLink() {
        importSeeds();
        sentag("relations", "add", "supports");
        sentag("link", "1", "13", "3");
        Run link = sentag("link", "1", "15", "3", "--type", "supports");
        assertEquals(List.of("ok 1 15 3 supports"), link.lines(), link::err);

        assertEquals(0, sentag("relations", "rename", "responds_to", "answers").code());
        assertEquals(0, sentag("relations", "rename", "supports", "backs").code());

        assertEquals(List.of("13\t3\tanswers", "15\t3\tbacks"), sentag("links", "1").lines());
        // The default link type was renamed: a link without --type takes the first type.
        assertEquals(List.of("ok 1 16 3 answers"), sentag("link", "1", "16", "3").lines());
    }

    @Test
    void retireIsRefusedWhileLinksHaveTheType() {
        importSeeds();
        sentag("relations", "add", "supports");
        sentag("link", "1", "15", "3", "--type", "supports");

        Run run = sentag("relations", "retire", "supports");

        assertEquals(2, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("used by 1 link(s)"), run.err());
        assertEquals(2, sentag("relations").lines().size());
        assertEquals(2, sentag("labels", "history").lines().size());
        // Without the link it goes.
        sentag("link", "1", "15", "3", "--type", "supports", "--remove");
        assertEquals(0, sentag("relations", "retire", "supports").code());
        Run gone = sentag("link", "1", "15", "3", "--type", "supports");
        assertEquals(2, gone.code());
        assertTrue(gone.err().contains("Unknown link type 'supports'"), gone.err());
    }

    @Test
    void everyBadInputExitsTwoWithOneLineAndChangesNothing() {
        sentag("relations", "add", "supports", "--key", "s");
        List<String> before = sentag("relations").lines();
        String[][] bad = {
                {"relations", "add", ""},
                {"relations", "add", "   "},
                {"relations", "add", "x".repeat(41)},
                {"relations", "add", "Responds_To"},
                {"relations", "add", "two words"},
                {"relations", "add", "cites", "--color", "red"},
                {"relations", "add", "cites", "--color", "#12345"},
                {"relations", "add", "cites", "--key", "R"},
                {"relations", "add", "cites", "--key", "j"},
                {"relations", "add", "cites", "--key", "3"},
                {"relations", "add", "cites", "--key", "ab"},
                {"relations", "rename", "nothing", "other"},
                {"relations", "rename", "supports", "RESPONDS_TO"},
                {"relations", "rename", "supports", ""},
                {"relations", "describe", "nothing", "text"},
                {"relations", "recolour", "supports", "#GGGGGG"},
                {"relations", "retire", "nothing"},
                {"relations", "key", "supports", "r"},
                {"relations", "key", "supports", "K"},
                {"relations", "key", "supports", "7"},
                {"relations", "key", "nothing", "q"},
        };
        for (String[] args : bad) {
            Run run = sentag(args);
            String what = String.join(" ", args);
            assertEquals(2, run.code(), what + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), what + ": " + run.err());
            assertEquals("", run.out(), what);
            assertEquals(before, sentag("relations").lines(), what);
        }
        assertEquals(2, sentag("labels", "history").lines().size(), "only the one add made a version");
        sentag("relations", "retire", "supports");
        Run last = sentag("relations", "retire", "responds_to");
        assertEquals(2, last.code());
        assertTrue(last.err().contains("only link type"), last.err());
    }

    @Test
    void everyRelationsCommandAnswersHelp() {
        for (String sub : List.of("add", "rename", "key", "describe", "recolour", "retire")) {
            Run run = sentag("relations", sub, "--help");
            assertEquals(0, run.code(), sub);
            assertTrue(run.out().contains("Usage: sentag relations " + sub), run.out());
        }
        assertEquals(0, sentag("relations", "--help").code());
    }

    @Test
    void theCodebookFileCarriesRelationTypesAndImportMapsThemByName() throws IOException {
        sentag("relations", "add", "supports", "--key", "s", "--color", "#009E73", "--description", "Evidence for it.");
        Path file = dir.resolve("codebook.json");
        assertEquals(0, sentag("labels", "export", "--out", file.toString()).code());
        String json = Files.readString(file);
        assertTrue(json.contains("\"relation_types\" : [ {\n    \"name\" : \"responds_to\",\n    \"key\" : \"r\",\n"
                + "    \"color\" : \"#0072B2\",\n    \"description\" : \"\"\n  }, {\n    \"name\" : \"supports\""), json);

        String other = dir.resolve("other.db").toString();
        Run in = runRaw("--db", other, "labels", "import", file.toString());
        assertEquals(0, in.code(), in::err);
        assertEquals(List.of(DEFAULT, "s\tsupports\t#009E73\tEvidence for it."), runRaw("--db", other, "relations").lines());
    }

    @Test
    void importMapsTypesByNameKeepingTheirLinksAndRetiresTypesItLacks() throws IOException {
        importSeeds();
        sentag("relations", "add", "supports");
        sentag("link", "1", "13", "3");
        Path file = dir.resolve("cb.json");
        Files.writeString(file, """
                {"labels": [{"name": "Claim"}, {"name": "Response"}, {"name": "Background"}],
                 "relation_types": [{"name": "Responds_To", "key": "a", "color": "#E69F00", "description": "Answers it."},
                                    {"name": "cites"}]}""");

        Run run = sentag("labels", "import", file.toString());

        assertEquals(0, run.code(), run::err);
        assertEquals(List.of("a\tResponds_To\t#E69F00\tAnswers it.", "c\tcites\t#0072B2\t"), sentag("relations").lines());
        assertEquals(List.of("13\t3\tResponds_To"), sentag("links", "1").lines(), "the link kept its type");
    }

    @Test
    void importRefusesWhenATypeInUseWouldDisappear() throws IOException {
        importSeeds();
        sentag("relations", "add", "supports");
        sentag("link", "1", "13", "3", "--type", "supports");
        Path file = dir.resolve("cb.json");
        Files.writeString(file, """
                {"labels": [{"name": "Claim"}, {"name": "Response"}, {"name": "Quote"}],
                 "relation_types": [{"name": "responds_to"}]}""");

        Run run = sentag("labels", "import", file.toString());

        assertEquals(2, run.code());
        assertTrue(run.err().contains("lacks the link type 'supports', which 1 link(s) have"), run.err());
        assertEquals(2, sentag("relations").lines().size());
        assertEquals(3, sentag("labels").lines().size());
        assertEquals("3\tBackground\t#009E73\t", sentag("labels").lines().get(2), "the labels did not change either");
        assertEquals(2, sentag("labels", "history").lines().size());
    }

    @Test
    void importRefusesBadRelationTypes() throws IOException {
        Path file = dir.resolve("cb.json");
        for (String types : List.of("\"x\"", "[{\"key\": \"a\"}]", "[{\"name\": \"a b\"}]",
                "[{\"name\": \"a\", \"color\": \"blue\"}]", "[{\"name\": \"a\"}, {\"name\": \"A\"}]",
                "[{\"name\": \"a\", \"key\": \"q\"}, {\"name\": \"b\", \"key\": \"Q\"}]", "[]")) {
            Files.writeString(file, "{\"labels\": [{\"name\": \"Claim\"}], \"relation_types\": " + types + "}");
            Run run = sentag("labels", "import", file.toString());
            assertEquals(2, run.code(), types + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertEquals(List.of(DEFAULT), sentag("relations").lines(), types);
            assertEquals(3, sentag("labels").lines().size(), types);
        }
    }

    @Test
    void anUndoneRemovalAfterARetireBringsTheLinkBackAndExportsStillDeclareItsType() throws IOException {
        importSeeds();
        sentag("relations", "add", "supports");
        sentag("link", "1", "15", "3", "--type", "supports");
        sentag("link", "1", "15", "3", "--type", "supports", "--remove");
        assertEquals(0, sentag("relations", "retire", "supports").code());

        Run undo = sentag("undo");

        assertEquals(0, undo.code(), undo::err);
        assertEquals(List.of("15\t3\tsupports"), sentag("links", "1").lines(), "no link is lost");
        Path out = dir.resolve("brat");
        Run export = sentag("export", "--format", "brat", "--out", out.toString());
        assertEquals(0, export.code(), export::err);
        String conf = Files.readString(out.resolve("annotation.conf"));
        assertTrue(conf.contains("\nsupports Arg1:<ENTITY>, Arg2:<ENTITY>\n"), conf);
        assertEquals(List.of(DEFAULT), sentag("relations").lines(), "the type stays retired");
    }
}
