package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** sentag assign and docs --assigned, run as a user would. */
class AssignCliTest extends CliHarness {
    /** Imports {@code n} small articles (ids 1..n). */
    private void importArticles(int n) throws IOException {
        List<String> args = new ArrayList<>(List.of("import"));
        for (int i = 1; i <= n; i++) {
            Path f = dir.resolve("a" + i + ".txt");
            Files.writeString(f, "Article " + i + "\n\nThe minister said the plan works. Critics said it does not. "
                    + "The vote is on day " + i + ".\n");
            args.add(f.toString());
        }
        Run run = sentag(args.toArray(String[]::new));
        assertEquals(0, run.code(), run::err);
    }

    /** Document id to its annotators, read back through docs --assigned of each. */
    private Map<Long, List<String>> queues(List<String> annotators) {
        Map<Long, List<String>> out = new HashMap<>();
        for (String a : annotators) {
            Run docs = sentag("--annotator", a, "docs", "--assigned");
            assertEquals(0, docs.code(), docs::err);
            for (String line : docs.lines()) {
                out.computeIfAbsent(Long.parseLong(line.split("\t")[0]), k -> new ArrayList<>()).add(a);
            }
        }
        return out;
    }

    @Test
    void everyDocumentGetsTwoDistinctAnnotatorsWithEvenLoads() throws IOException {
        importArticles(5);

        Run run = sentag("assign", "--annotators", "ana,ben,cy", "--per-doc", "2", "--seed", "7");

        assertEquals(0, run.code(), run::err);
        assertEquals("assigned 5 documents, 10 new assignments (seed 7)", run.lines().get(0));
        Map<String, Integer> loads = new HashMap<>();
        for (String line : run.lines().subList(1, 4)) {
            String[] f = line.split("\t");
            assertEquals(f[1], "+" + f[2], "a first run: new equals total");
            loads.put(f[0], Integer.parseInt(f[2]));
        }
        assertEquals(Map.of("ana", 4, "ben", 3, "cy", 3).values().stream().sorted().toList(),
                loads.values().stream().sorted().toList(), "10 over 3: 4, 3, 3");
        Map<Long, List<String>> queues = queues(List.of("ana", "ben", "cy"));
        assertEquals(5, queues.size());
        queues.forEach((doc, who) -> assertEquals(2, who.stream().distinct().count(), doc + ": " + who));
        queues.forEach((doc, who) -> assertEquals(2, who.size()));
    }

    @Test
    void theSameSeedGivesTheSameAssignmentInAnotherLibrary() throws IOException {
        importArticles(6);
        sentag("assign", "--annotators", "ana,ben,cy,dee", "--per-doc", "2", "--seed", "42");
        Map<Long, List<String>> first = queues(List.of("ana", "ben", "cy", "dee"));

        assertEquals(0, sentag("assign", "--clear").code());
        assertTrue(queues(List.of("ana", "ben", "cy", "dee")).isEmpty(), "cleared");
        sentag("assign", "--annotators", "ana,ben,cy,dee", "--per-doc", "2", "--seed", "42");

        assertEquals(first, queues(List.of("ana", "ben", "cy", "dee")));
    }

    @Test
    void earlierAssignmentsCountTowardsPerDocAndTheTrashIsNeverAssigned() throws IOException {
        importArticles(4);
        assertEquals(0, sentag("assign", "--annotators", "ana", "--per-doc", "1", "--docs", "1,2", "--seed", "1").code());
        assertEquals(0, sentag("--annotator", "ana", "delete", "4").code());

        Run run = sentag("assign", "--annotators", "ana,ben", "--per-doc", "2", "--seed", "1");

        assertEquals(0, run.code(), run::err);
        assertEquals("assigned 3 documents, 4 new assignments (seed 1)", run.lines().get(0),
                "documents 1 and 2 need one more (ben), document 3 two; 4 is in the trash");
        assertEquals(List.of("ana\t+1\t3", "ben\t+3\t3"), run.lines().subList(1, 3));
        Map<Long, List<String>> queues = queues(List.of("ana", "ben"));
        assertEquals(List.of(1L, 2L, 3L), queues.keySet().stream().sorted().toList());
        Run trashed = sentag("assign", "--annotators", "ana,ben", "--docs", "4");
        assertEquals(2, trashed.code(), "a trashed document named outright is refused");
        assertEquals("sentag: Document 4 is in the trash; nothing was assigned.", trashed.err().strip());
    }

    @Test
    void theQueueShowsTheAnnotatorsOwnProgress() throws IOException {
        importArticles(3);
        sentag("assign", "--annotators", "ana,ben", "--per-doc", "2", "--docs", "2", "--seed", "3");
        assertEquals(0, sentagWithInput("2 0 claim\n2 1 response\n", "--annotator", "ana", "tag", "--stdin").code());

        Run ana = sentag("--annotator", "ana", "docs", "--assigned");
        Run ben = sentag("--annotator", "ben", "docs", "--assigned");

        assertEquals(1, ana.lines().size(), ana.out());
        String[] row = ana.lines().get(0).split("\t");
        assertEquals("2", row[0]);
        assertEquals("Article 2", row[1]);
        assertEquals("2", row[3], "ana tagged two of the sentences");
        assertEquals(row[2], ben.lines().get(0).split("\t")[2]);
        assertEquals("0", ben.lines().get(0).split("\t")[3], "ben's own progress, not ana's");
        assertTrue(sentag("--annotator", "cy", "docs", "--assigned").out().isEmpty(), "cy has no queue");
    }

    @Test
    void clearTakesAwayOnlyWhatItNames() throws IOException {
        importArticles(3);
        sentag("assign", "--annotators", "ana,ben", "--per-doc", "2", "--seed", "5");

        Run run = sentag("assign", "--clear", "--docs", "1", "--annotators", "ana");

        assertEquals(0, run.code(), run::err);
        assertEquals("removed 1 assignment", run.out().strip());
        assertEquals(List.of("2", "3"), sentag("--annotator", "ana", "docs", "--assigned").lines().stream()
                .map(l -> l.split("\t")[0]).toList());
        assertEquals(3, sentag("--annotator", "ben", "docs", "--assigned").lines().size());
    }

    @Test
    void badInputIsRefusedWithOneLineAndNothingWritten() throws IOException {
        importArticles(3);
        String[][] bad = {
                {"assign", "--annotators", "ana,ben", "--per-doc", "3"},
                {"assign", "--annotators", "ana,ben", "--per-doc", "0"},
                {"assign", "--annotators", "ana,ben", "--docs", "1,99"},
                {"assign", "--per-doc", "1"},
                {"assign", "--annotators", "ana,,ben", "--per-doc", "1"},
                {"assign", "--annotators", "ana,ana", "--per-doc", "1"},
                {"assign", "--annotators", "ana,gold", "--per-doc", "1"},
                {"docs", "--assigned", "--deleted"},
        };
        for (String[] args : bad) {
            Run run = sentag(args);
            assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.out().isEmpty(), run.out());
        }
        assertEquals(2, sentag("assign", "--annotators", "ana,ben", "--per-doc", "two").code(), "not a number");
        for (String who : List.of("ana", "ben")) {
            assertTrue(sentag("--annotator", who, "docs", "--assigned").out().isEmpty(), who + " got nothing");
        }
        Run unknown = sentag("assign", "--annotators", "cy", "--per-doc", "1", "--docs", "99");
        assertEquals("sentag: No document 99; nothing was assigned.", unknown.err().strip());
        Run tooMany = sentag("assign", "--annotators", "ana,ben", "--per-doc", "3");
        assertEquals("sentag: --per-doc 3 needs at least 3 annotators; 2 named (ana, ben).", tooMany.err().strip());
    }
}
