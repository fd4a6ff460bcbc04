package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** merge, split, undo and redo from the command line. */
class CliRepairTest extends CliHarness {
    private List<String> show() {
        return sentag("show", "2").lines();
    }

    @Test
    void mergeOfDifferentTagsNeedsALabelThenKeepsIt() {
        importSeeds();
        sentag("tag", "2", "0", "claim");
        sentag("tag", "2", "1", "response");
        List<String> before = show();

        Run refused = sentag("merge", "2", "0");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("--label"), refused.err());
        assertEquals(before, show(), "nothing changed");

        Run merged = sentag("merge", "2", "0", "--label", "Claim");
        assertEquals(0, merged.code(), merged::err);
        List<String> after = show();
        assertEquals(before.size() - 1, after.size());
        assertTrue(after.get(0).startsWith("0\tClaim\tEarlier this week"), after.get(0));
        assertTrue(after.get(0).endsWith("“devoid of rationality.”"), after.get(0));
    }

    @Test
    void splitKeepsTheTagAndUndoRedoWalkTheHistory() {
        importSeeds();
        sentag("tag", "2", "0", "background");
        List<String> before = show();
        String first = before.get(0).split("\t")[2];
        int at = first.indexOf("Jon Finer");

        Run split = sentag("split", "2", "0", Integer.toString(at));
        assertEquals(0, split.code(), split::err);
        List<String> after = show();
        assertEquals(before.size() + 1, after.size());
        assertEquals("0\tBackground\t" + first.substring(0, at).strip(), after.get(0));
        assertEquals("1\tBackground\t" + first.substring(at), after.get(1));

        assertEquals(0, sentag("undo").code());
        assertEquals(before, show());
        assertEquals(0, sentag("undo").code());
        assertTrue(show().get(0).startsWith("0\t-\t"), "the tag is undone next");
        assertEquals(0, sentag("redo").code());
        assertEquals(0, sentag("redo").code());
        assertEquals(after, show());
    }

    @Test
    void badRepairsAreBadInputAndChangeNothing() {
        importSeeds();
        List<String> before = show();
        assertEquals(2, sentag("split", "2", "0", "0").code());
        assertEquals(2, sentag("split", "2", "99", "3").code());
        assertEquals(2, sentag("merge", "2", Integer.toString(before.size() - 1)).code());
        assertEquals(2, sentag("merge", "2").code(), "missing INDEX is bad usage");
        assertEquals(before, show());
        Run nothing = sentag("undo");
        assertEquals(1, nothing.code());
        assertEquals("sentag: nothing to undo.\n", nothing.err());
    }
}
