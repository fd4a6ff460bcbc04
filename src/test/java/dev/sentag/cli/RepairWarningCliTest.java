package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepairWarningCliTest extends CliHarness {
    @BeforeEach
    void othersTagged() {
        importSeeds();
        assertEquals(0, sentag("--annotator", "ana", "tag", "1", "2", "claim").code());
        assertEquals(0, sentag("--annotator", "ben", "tag", "1", "3", "response").code());
    }

    private String affected(String action) {
        return SqliteProbe.text(dir.resolve("sentag.db"), "SELECT affected FROM tag_history WHERE action = '" + action
                + "' ORDER BY id DESC LIMIT 1");
    }

    private String repairer(String action) {
        return SqliteProbe.text(dir.resolve("sentag.db"), "SELECT a.name FROM tag_history h JOIN annotators a"
                + " ON a.id = h.annotator_id WHERE h.action = '" + action + "' ORDER BY h.id DESC LIMIT 1");
    }

    @Test
    void aMergeOfOthersTaggedSentencesWarnsNamingThemAndTheHistoryRecordsWhoDidIt() {
        Run merge = sentag("--annotator", "cy", "merge", "1", "2");

        assertEquals(0, merge.code(), merge::err);
        assertTrue(merge.out().startsWith("merged: document 1, sentence 2"), merge.out());
        assertEquals("sentag: warning: this merge also changed the sentences for ana, ben, who had tagged them;"
                + " the history records it as yours.", merge.err().strip());
        assertEquals("ana,ben", affected("merge"));
        assertEquals("cy", repairer("merge"));
    }

    @Test
    void aSplitWarnsOnlyAboutThoseWhoTaggedTheSentence() {
        Run split = sentag("--annotator", "ana", "split", "1", "3", "5");

        assertEquals(0, split.code(), split::err);
        assertEquals("sentag: warning: this split also changed the sentences for ben, who had tagged them;"
                + " the history records it as yours.", split.err().strip());
        assertEquals("ben", affected("split"));
        assertEquals("ana", repairer("split"));
    }

    @Test
    void aRepairNoOneElseTaggedSaysNothingMore() {
        Run merge = sentag("--annotator", "ana", "merge", "1", "6");

        assertEquals(0, merge.code(), merge::err);
        assertEquals("", merge.err());
        assertNull(affected("merge"));
    }
}
