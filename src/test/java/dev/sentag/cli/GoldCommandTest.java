package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GoldCommandTest extends CliHarness {
    @BeforeEach
    void twoCodersAndAnAdjudicator() {
        importSeeds();
        tagAs("ana", "1 1 claim\n1 2 response\n1 3 background\n1 4 claim\n2 0 claim\n");
        tagAs("ben", "1 1 claim\n1 2 claim\n1 3 background\n1 5 response\n2 0 claim\n");
        tagAs("gold", "1 1 response\n");
    }

    private void tagAs(String who, String lines) {
        Run run = sentagWithInput(lines, "--annotator", who, "tag", "--stdin");
        assertEquals(0, run.code(), run::err);
    }

    /** Gold's label of each sentence of a document, by index ("-" where gold has none). */
    private List<String> gold(int doc) {
        Run show = sentag("--annotator", "gold", "show", String.valueOf(doc));
        assertEquals(0, show.code(), show::err);
        return show.lines().stream().map(l -> l.split("\t")[1]).toList();
    }

    @Test
    void agreedSentencesGoIntoGoldWithoutOverwritingAndTheRestIsCounted() {
        Run run = sentag("gold", "--from", "ana,ben");

        assertEquals(0, run.code(), run::err);
        assertEquals(List.of("2 gold labels written (unanimous of ana, ben)", "1 already in gold, kept",
                "1 disagreement left to adjudicate", "2 not labelled by all of ana, ben, not taken"), run.lines());
        List<String> doc1 = gold(1);
        assertEquals("Response", doc1.get(1), "a gold label already there is never overwritten");
        assertEquals("-", doc1.get(2), "the disagreement is left for a person");
        assertEquals("Background", doc1.get(3));
        assertEquals("-", doc1.get(4), "only ana labelled it");
        assertEquals("Claim", gold(2).get(0));
    }

    @Test
    void runningAgainWritesNothingNew() {
        sentag("gold", "--from", "ana,ben");

        Run again = sentag("gold", "--from", "ana,ben");

        assertEquals(0, again.code(), again::err);
        assertEquals("0 gold labels written (unanimous of ana, ben)", again.lines().get(0));
        assertEquals("3 already in gold, kept", again.lines().get(1));
    }

    @Test
    void oneUndoOfGoldTakesTheWholeAdoptionBack() {
        sentag("gold", "--from", "ana,ben");

        Run undo = sentag("--annotator", "gold", "undo");

        assertEquals(0, undo.code(), undo::err);
        assertEquals("-", gold(1).get(3));
        assertEquals("-", gold(2).get(0));
        assertEquals("Response", gold(1).get(1), "gold's own decision stays");
        Run redo = sentag("--annotator", "gold", "redo");
        assertEquals(0, redo.code(), redo::err);
        assertEquals("Background", gold(1).get(3));
        assertEquals("Claim", gold(2).get(0));
    }

    @Test
    void majorityTakesWhatMoreThanHalfChose() {
        tagAs("carl", "1 2 claim\n");

        Run unanimous = sentag("gold", "--from", "ana,ben,carl", "--doc", "1");
        assertEquals("0 gold labels written (unanimous of ana, ben, carl)", unanimous.lines().get(0), unanimous.out());

        Run majority = sentag("gold", "--from", "ana,ben,carl", "--accept", "majority", "--doc", "1");

        assertEquals(0, majority.code(), majority::err);
        assertEquals("2 gold labels written (majority of ana, ben, carl)", majority.lines().get(0), majority.out());
        assertEquals("Claim", gold(1).get(2), "ben and carl against ana");
        assertEquals("Background", gold(1).get(3), "ana and ben, carl silent: two of three");
        assertEquals("-", gold(1).get(4), "one of three is no majority");
        assertEquals("-", gold(2).get(0), "--doc 1 leaves document 2 alone");
    }

    @Test
    void badInputIsRefusedWithExitTwoAndWritesNothing() {
        for (List<String> args : List.of(List.of("gold", "--from", "ana"), List.of("gold", "--from", "ana,zed"),
                List.of("gold", "--from", "ana,gold"), List.of("gold", "--from", "ana,ben", "--accept", "most"),
                List.of("gold", "--from", "ana,ben", "--doc", "99"), List.of("gold"))) {
            Run run = sentag(args.toArray(String[]::new));
            assertEquals(2, run.code(), () -> args + ": " + run.err());
            assertTrue(run.err().startsWith("sentag: ") || run.err().contains("--from"), run.err());
            assertTrue(run.out().isEmpty(), run.out());
        }
        assertEquals("-", gold(1).get(3));
        assertEquals("-", gold(2).get(0));
    }
}
