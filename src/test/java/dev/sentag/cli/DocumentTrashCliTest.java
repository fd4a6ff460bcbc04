package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentTrashCliTest extends CliHarness {
    @BeforeEach
    void twoTaggedDocuments() {
        importSeeds();
        for (String who : List.of("ana", "ben")) {
            Run run = sentagWithInput("1 1 claim\n2 0 claim\n2 1 response\n", "--annotator", who, "tag", "--stdin");
            assertEquals(0, run.code(), run::err);
        }
    }

    private List<String> ids(Run docs) {
        assertEquals(0, docs.code(), docs::err);
        return docs.lines().stream().map(l -> l.split("\t")[0]).toList();
    }

    @Test
    void aDeletedDocumentGoesToTheTrashWithEveryonesTagsAndLeavesListsExportsAndAgreement() throws Exception {
        Run delete = sentag("--annotator", "ana", "delete", "2");

        assertEquals(0, delete.code(), delete::err);
        assertEquals(List.of("1"), ids(sentag("docs")));
        Run trash = sentag("docs", "--deleted");
        assertEquals(1, trash.lines().size(), trash.out());
        String[] row = trash.lines().get(0).split("\t");
        assertEquals("2", row[0]);
        assertEquals("4", row[4], "both annotators' two tags are kept");
        Path out = dir.resolve("all.jsonl");
        assertEquals(0, sentag("--annotator", "ana", "export", "--format", "jsonl", "--out", out.toString()).code());
        assertTrue(Files.readAllLines(out).stream().allMatch(l -> l.contains("\"doc_id\":1")), "only document 1 is exported");
        Run agree = sentag("agree", "--json");
        assertTrue(agree.out().contains("\"sentences\":" + (Integer.parseInt(sentag("docs").lines().get(0).split("\t")[2]))),
                agree.out());

        Run undelete = sentag("undelete", "2");
        assertEquals(0, undelete.code(), undelete::err);
        assertEquals(List.of("1", "2"), ids(sentag("docs")));
        assertEquals("2", sentag("--annotator", "ben", "docs").lines().get(1).split("\t")[3], "ben's tags came back");
        assertTrue(sentag("docs", "--deleted").out().isEmpty());
    }

    @Test
    void undoTakesADeletionBackAndRedoDeletesAgain() {
        sentag("--annotator", "ana", "delete", "1", "2");
        assertEquals(List.of(), ids(sentag("docs")));

        assertEquals(0, sentag("--annotator", "ana", "undo").code());
        assertEquals(List.of("2"), ids(sentag("docs")), "the last deletion comes back first");
        assertEquals(0, sentag("--annotator", "ana", "undo").code());
        assertEquals(List.of("1", "2"), ids(sentag("docs")));
        assertEquals(0, sentag("--annotator", "ana", "redo").code());
        assertEquals(List.of("2"), ids(sentag("docs")));
    }

    @Test
    void renameChangesTheTitleAndUndoPutsItBack() {
        String before = sentag("docs").lines().get(0).split("\t")[1];

        Run rename = sentag("--annotator", "ana", "rename", "1", "  Missile programme  ");

        assertEquals(0, rename.code(), rename::err);
        assertEquals("renamed 1: Missile programme", rename.out().strip());
        assertEquals("Missile programme", sentag("docs").lines().get(0).split("\t")[1]);
        assertEquals(0, sentag("--annotator", "ana", "undo").code());
        assertEquals(before, sentag("docs").lines().get(0).split("\t")[1]);
    }

    @Test
    void badInputIsRefusedWithExitTwoAndChangesNothing() {
        for (List<String> args : List.of(List.of("delete", "99"), List.of("delete", "1", "99"), List.of("delete"),
                List.of("undelete", "1"), List.of("rename", "1", "  "), List.of("rename", "1", "two\nlines"),
                List.of("rename", "99", "x"), List.of("delete", "x"))) {
            Run run = sentag(args.toArray(String[]::new));
            assertEquals(2, run.code(), () -> args + ": " + run.err() + run.out());
            assertFalse(run.err().isBlank(), args::toString);
            assertTrue(run.out().isEmpty(), run.out());
        }
        assertEquals(List.of("1", "2"), ids(sentag("docs")));
        sentag("delete", "2");
        Run twice = sentag("delete", "2");
        assertEquals(2, twice.code());
        assertEquals("sentag: Document 2 is in the trash (sentag undelete 2).", twice.err().strip());
        Run tag = sentag("tag", "2", "3", "claim");
        assertEquals(2, tag.code());
        assertEquals("sentag: Document 2 is in the trash (sentag undelete 2).", tag.err().strip());
    }

    @Test
    void everyNewCommandAnswersHelp() {
        for (String command : List.of("gold", "delete", "undelete", "rename")) {
            Run help = sentag(command, "--help");
            assertEquals(0, help.code(), command);
            assertTrue(help.out().contains("Usage: sentag " + command), help.out());
        }
    }
}
