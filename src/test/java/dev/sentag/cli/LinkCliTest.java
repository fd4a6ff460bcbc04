package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code sentag link}, {@code links}, {@code speaker}, {@code speakers}, and their undo, through the command line. */
class LinkCliTest extends CliHarness {
    @BeforeEach
    void seeds() {
        importSeeds();
    }

    @Test
    void linkPrintsOkAndLinksListsIt() {
        Run link = sentag("link", "1", "13", "3");
        Run other = sentag("link", "1", "15", "3", "--type", "RESPONDS_TO");

        assertEquals(0, link.code(), link::err);
        assertEquals(List.of("ok 1 13 3 responds_to"), link.lines());
        assertEquals(List.of("ok 1 15 3 responds_to"), other.lines());
        assertEquals(List.of("13\t3\tresponds_to", "15\t3\tresponds_to"), sentag("links", "1").lines());
    }

    @Test
    void sameLinkTwiceIsNoErrorAndStoresNothingNew() {
        sentag("link", "1", "13", "3");
        long rows = historyRows();

        Run again = sentag("link", "1", "13", "3");

        assertEquals(0, again.code(), again::err);
        assertEquals(List.of("ok 1 13 3 responds_to"), again.lines());
        assertEquals(rows, historyRows());
        assertEquals(List.of("13\t3\tresponds_to"), sentag("links", "1").lines());
    }

    @Test
    void removeTakesTheLinkAway() {
        sentag("link", "1", "13", "3");
        sentag("link", "1", "15", "3");

        Run remove = sentag("link", "1", "13", "3", "--remove");

        assertEquals(List.of("ok 1 13 3 responds_to"), remove.lines());
        assertEquals(List.of("15\t3\tresponds_to"), sentag("links", "1").lines());
    }

    @Test
    void linksBelongToTheirAnnotator() {
        sentag("--annotator", "ann", "link", "1", "13", "3");
        sentag("--annotator", "bob", "link", "1", "15", "3");

        assertEquals(List.of("13\t3\tresponds_to"), sentag("--annotator", "ann", "links", "1").lines());
        assertEquals(List.of("15\t3\tresponds_to"), sentag("--annotator", "bob", "links", "1").lines());
    }

    @Test
    void stdinLinksEachGoodLineAndNamesEachBadOne() {
        Run run = sentagWithInput("1 20 3\n\n1 21 3 responds_to\n1 2 2\n1 4\n", "link", "--stdin");

        assertEquals(2, run.code());
        assertEquals(List.of("ok 1 20 3 responds_to", "ok 1 21 3 responds_to"), run.lines());
        assertEquals(List.of("sentag: line 4: Sentence 2 of document 1 cannot link to itself.",
                "sentag: line 5: expected 'DOC FROM TO [TYPE]', got 2 field(s)."), List.of(run.err().split("\n")));
        assertEquals(List.of("20\t3\tresponds_to", "21\t3\tresponds_to"), sentag("links", "1").lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9 3 4|No document with id 9.", "1 3 99|Document 1 has sentences 0..34, not 99.",
            "1 -1 3|Document 1 has sentences 0..34, not -1.", "1 3 3|Sentence 3 of document 1 cannot link to itself.",
            "1 0 3|Sentence 0 of document 1 is excluded (web residue); include it first.",
            "1 3 6|Sentence 6 of document 1 is excluded (web residue); include it first.",
            "1 13 3 --type supports|Unknown link type 'supports'; use one of [responds_to].",
            "1 x 3|FROM must be a number, not 'x'."})
    void badLinkIsRefusedWithExitTwoOneLineAndNothingWritten(String badAndMessage) {
        String[] parts = badAndMessage.split("\\|");
        long rows = historyRows();
        String[] args = ("link " + parts[0]).split(" ");

        Run run = sentag(args);

        assertEquals(2, run.code(), run::out);
        assertEquals("sentag: " + parts[1] + "\n", run.err());
        assertEquals("", run.out());
        assertEquals(rows, historyRows());
        assertEquals(0, number("SELECT count(*) FROM links"));
    }

    @Test
    void speakerIsTrimmedSetListedAndCleared() {
        Run set = sentag("speaker", "1", "3", "  Jon Finer ");
        sentag("speaker", "1", "15", "Pakistan Foreign Office");

        assertEquals(List.of("ok 1 3 Jon Finer"), set.lines());
        assertEquals(List.of("3\tJon Finer", "15\tPakistan Foreign Office"), sentag("speakers", "1").lines());

        Run clear = sentag("speaker", "1", "3", "--clear");
        assertEquals(0, clear.code(), clear::err);
        assertEquals(List.of("15\tPakistan Foreign Office"), sentag("speakers", "1").lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1|3|   |A speaker name cannot be empty; use --clear to remove a speaker.",
            "1|3|LONG|A speaker name can be at most 200 characters; this one has 201.",
            "1|0|Jon Finer|Sentence 0 of document 1 is excluded (web residue); include it first.",
            "1|35|Jon Finer|Document 1 has sentences 0..34, not 35.", "7|1|Jon Finer|No document with id 7."})
    void badSpeakerIsRefusedWithExitTwoOneLineAndNothingWritten(String badAndMessage) {
        String[] p = badAndMessage.split("\\|");
        String name = p[2].equals("LONG") ? "x".repeat(201) : p[2];
        long rows = historyRows();

        Run run = sentag("speaker", p[0], p[1], name);

        assertEquals(2, run.code(), run::out);
        assertEquals("sentag: " + p[3] + "\n", run.err());
        assertEquals(rows, historyRows());
        assertEquals(0, number("SELECT count(*) FROM speakers"));
    }

    @Test
    void twoHundredCharacterSpeakerIsAccepted() {
        Run run = sentag("speaker", "1", "3", "y".repeat(200));

        assertEquals(0, run.code(), run::err);
        assertEquals(List.of("3\t" + "y".repeat(200)), sentag("speakers", "1").lines());
    }

    @Test
    void undoAndRedoTakeLinksAndSpeakersBackAcrossRuns() {
        sentag("tag", "1", "13", "response");
        sentag("link", "1", "13", "3");
        sentag("speaker", "1", "3", "Jon Finer");
        sentag("speaker", "1", "3", "Finer");

        assertEquals(0, sentag("undo").code());
        assertEquals(List.of("3\tJon Finer"), sentag("speakers", "1").lines());
        sentag("undo");
        assertEquals(List.of(), sentag("speakers", "1").lines());
        Run undoLink = sentag("undo");
        assertEquals(List.of("undone: document 1, sentence 13"), undoLink.lines());
        assertEquals(List.of(), sentag("links", "1").lines());
        assertTrue(sentag("show", "1").lines().get(13).startsWith("13\tResponse\t"), "the tag is older: still there");

        sentag("redo");
        assertEquals(List.of("13\t3\tresponds_to"), sentag("links", "1").lines());
        sentag("redo");
        sentag("redo");
        assertEquals(List.of("3\tFiner"), sentag("speakers", "1").lines());
    }

    @Test
    void undoOfARemovedLinkBringsItBack() {
        sentag("link", "1", "13", "3");
        sentag("link", "1", "13", "3", "--remove");

        sentag("undo");

        assertEquals(List.of("13\t3\tresponds_to"), sentag("links", "1").lines());
    }

    @Test
    void suggestPrintsSpeakersFoundInTheTextAndSavesNothing() {
        Run run = sentag("speakers", "1", "--suggest");

        assertEquals(0, run.code(), run::err);
        Map<String, String> byIndex = new java.util.HashMap<>();
        run.lines().forEach(l -> byIndex.put(l.split("\t")[0], l.split("\t")[1]));
        assertEquals("Finer", byIndex.get("3"), run.out());           // "Reuters quoted Finer as saying"
        assertEquals("the FO", byIndex.get("15"), run.out());         // "…,” the FO said."
        assertEquals("Finer", byIndex.get("9"), run.out());           // "If those trends continue, Finer said"
        assertEquals(0, number("SELECT count(*) FROM speakers"));
    }

    @Test
    void linksOfAnUnknownDocumentIsBadInput() {
        Run run = sentag("links", "9");

        assertEquals(2, run.code());
        assertEquals("sentag: No document with id 9.\n", run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"link", "links", "speaker", "speakers"})
    void everyNewCommandAnswersHelp(String command) {
        Run run = sentag(command, "--help");

        assertEquals(0, run.code(), run::err);
        assertTrue(run.out().startsWith("Usage: sentag " + command), run.out());
    }

    private long historyRows() {
        return number("SELECT count(*) FROM tag_history");
    }
}
