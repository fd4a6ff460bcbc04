package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoreDryRunTest extends CliHarness {
    private Path snapshotThenMoreWork() throws Exception {
        importSeeds();
        assertEquals(0, sentag("--annotator", "ana", "tag", "1", "1", "claim").code());
        Path snapshot = Path.of(sentag("backup").out().strip());
        assertEquals(0, sentagWithInput("1 1 claim\n1 2 claim\n2 0 response\n", "--annotator", "ben", "tag", "--stdin").code());
        assertEquals(0, sentag("--annotator", "gold", "tag", "1", "1", "claim").code());
        assertEquals(0, sentag("--annotator", "ana", "tag", "1", "1", "response").code());
        try (Workspace ws = Workspace.open(dir.resolve("sentag.db"))) {
            ws.annotation().actAs("ana");
            ws.annotation().note(ws.annotation().open(1).orElseThrow().sentences().get(3).id(), "check the quote");
        }
        Path third = Files.writeString(dir.resolve("third.txt"), "A third article\n\nIt says one thing. Then another.\n");
        assertEquals(0, sentag("import", third.toString()).code());
        return snapshot;
    }

    @Test
    void aDryRunSaysPerAnnotatorWhatWouldBeLostAndChangesNothing() throws Exception {
        Path snapshot = snapshotThenMoreWork();
        int snapshotsBefore = sentag("backup", "--list").lines().size();

        Run dry = sentag("restore", snapshot.toString(), "--dry-run");

        assertEquals(0, dry.code(), dry::err);
        assertEquals(List.of("would lose: ana: 1 tag, 1 note", "would lose: ben: 3 tags", "would lose: gold: 1 tag",
                "would lose: 1 document imported after the snapshot", "nothing changed (dry run)"), dry.lines());
        assertEquals(3, sentag("docs").lines().size());
        assertEquals("Claim", sentag("--annotator", "ben", "show", "1").lines().get(2).split("\t")[1]);
        assertEquals(snapshotsBefore, sentag("backup", "--list").lines().size(), "a dry run takes no snapshot either");
    }

    @Test
    void aRestoreSaysWhatItReplacedAndWhereThatIsKept() throws Exception {
        Path snapshot = snapshotThenMoreWork();

        Run restore = sentag("restore", snapshot.toString());

        assertEquals(0, restore.code(), restore::err);
        assertTrue(restore.lines().contains("replaced: ben: 3 tags"), restore.out());
        String last = restore.lines().get(restore.lines().size() - 1);
        assertTrue(last.startsWith("restored " + snapshot + "; the state before is in "), last);
        Path before = Path.of(last.substring(last.indexOf(" is in ") + " is in ".length()));
        assertTrue(Files.isRegularFile(before), last);
        assertEquals(2, sentag("docs").lines().size());

        Run back = sentag("restore", before.toString(), "--dry-run");
        assertEquals(List.of("would lose: ana: 1 tag", "nothing changed (dry run)"), back.lines(),
                "going back again would replace only ana's label, which she changed after the snapshot");
        Run same = sentag("restore", Path.of(sentag("backup").out().strip()).toString(), "--dry-run");
        assertEquals(List.of("Nothing made since the snapshot would be lost.", "nothing changed (dry run)"), same.lines());
    }

    @Test
    void aDryRunOfAFileThatIsNotASnapshotFailsInOneLine() throws Exception {
        importSeeds();
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a database\n".repeat(100));

        Run run = sentag("restore", text.toString(), "--dry-run");

        assertEquals(1, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.out().isEmpty());
        Run missing = sentag("restore", dir.resolve("nope.db").toString(), "--dry-run");
        assertEquals(2, missing.code());
    }
}
