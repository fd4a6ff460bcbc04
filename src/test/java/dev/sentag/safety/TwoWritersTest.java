package dev.sentag.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two {@code sentag tag --stdin} processes writing one database at the same time. */
class TwoWritersTest {
    private static final System.Logger LOG = System.getLogger(TwoWritersTest.class.getName());
    private static final int LINES = 1200;

    @TempDir
    Path dir;

    @Test
    void twoProcessesTaggingDisjointDocumentsLoseNothingAndNeverReportLocked() throws Exception {
        Path db = dir.resolve("two.db");
        Map<Long, Integer> sentences = Library.withSeeds(db);
        List<Long> docs = new ArrayList<>(sentences.keySet());
        Random random = new Random(7);
        var a = TagScript.random(random, Map.of(docs.get(0), sentences.get(docs.get(0))), LINES);
        var b = TagScript.random(random, Map.of(docs.get(1), sentences.get(docs.get(1))), LINES);

        List<TagScript.Line> committed = runBoth(db, a, b);

        int switches = 0;
        for (int i = 1; i < committed.size(); i++) {
            switches += committed.get(i).doc() != committed.get(i - 1).doc() ? 1 : 0;
        }
        LOG.log(System.Logger.Level.INFO, "two writers, disjoint: the commits switched process {0} times", switches);
        assertEquals(a, only(committed, docs.get(0)), "the first process's tags, in order");
        assertEquals(b, only(committed, docs.get(1)), "the second process's tags, in order");
        assertFinalLabelsAreTheLastCommitted(db, committed);
    }

    @Test
    void twoProcessesTaggingTheSameSentencesLoseNothingAndLastCommitWins() throws Exception {
        Path db = dir.resolve("overlap.db");
        Map<Long, Integer> sentences = Library.withSeeds(db);
        Random random = new Random(11);
        var a = TagScript.random(random, sentences, LINES);
        var b = TagScript.random(random, sentences, LINES);

        List<TagScript.Line> committed = runBoth(db, a, b);

        assertEquals(2 * LINES, committed.size(), "every acknowledged tag has its history row");
        assertTrue(isInterleavingOf(committed, a, b), "the history is an interleaving of both scripts, in order");
        assertFinalLabelsAreTheLastCommitted(db, committed);
    }

    /** Runs both scripts at once; both must succeed, acknowledge every line and print nothing on stderr. */
    private List<TagScript.Line> runBoth(Path db, List<TagScript.Line> a, List<TagScript.Line> b)
            throws IOException, InterruptedException {
        long before = TagScript.lastHistoryId(db);
        Process pa = start(db, "a", a);
        Process pb = start(db, "b", b);
        for (var run : List.of(Map.entry("a", pa), Map.entry("b", pb))) {
            assertTrue(run.getValue().waitFor(120, TimeUnit.SECONDS), run.getKey() + " did not finish");
            String err = Files.readString(dir.resolve(run.getKey() + ".err"));
            assertEquals("", err, run.getKey() + " reported an error");
            assertEquals(0, run.getValue().exitValue(), run.getKey() + " failed");
        }
        assertEquals(a.stream().map(TagScript.Line::ack).toList(), Files.readAllLines(dir.resolve("a.out")));
        assertEquals(b.stream().map(TagScript.Line::ack).toList(), Files.readAllLines(dir.resolve("b.out")));
        assertEquals("ok", SqliteProbe.text(db, "PRAGMA integrity_check"));
        // Whichever child took the daily snapshot logged it; the second one writes sentag.0.log.1 (the first is locked).
        StringBuilder logs = new StringBuilder();
        try (var files = Files.list(dir.resolve("data").resolve("sentag"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("sentag\\.0\\.log(\\.\\d+)?")).toList()) {
                logs.append(Files.readString(f));
            }
        }
        assertTrue(logs.toString().contains("(daily)"), "the children log to the data folder, not to stderr");
        List<TagScript.Line> committed = TagScript.committedAfter(db, before);
        LOG.log(System.Logger.Level.INFO, "two writers: {0} tags committed concurrently, none lost", committed.size());
        return committed;
    }

    private Process start(Path db, String name, List<TagScript.Line> lines) {
        Path input = TagScript.write(dir.resolve(name + ".txt"), lines);
        return SentagProcess.start(SentagProcess.builder(db, input, dir.resolve(name + ".err"), "tag", "--stdin")
                .redirectOutput(dir.resolve(name + ".out").toFile()));
    }

    private static List<TagScript.Line> only(List<TagScript.Line> lines, long doc) {
        return lines.stream().filter(l -> l.doc() == doc).toList();
    }

    private static boolean isInterleavingOf(List<TagScript.Line> all, List<TagScript.Line> a, List<TagScript.Line> b) {
        // Greedy matching can be fooled by equal lines in both scripts; a small DP over positions cannot.
        boolean[][] can = new boolean[a.size() + 1][b.size() + 1];
        can[0][0] = true;
        for (int i = 0; i <= a.size(); i++) {
            for (int j = 0; j <= b.size(); j++) {
                if (i + j == 0) {
                    continue;
                }
                TagScript.Line next = all.get(i + j - 1);
                can[i][j] = (i > 0 && can[i - 1][j] && a.get(i - 1).equals(next))
                        || (j > 0 && can[i][j - 1] && b.get(j - 1).equals(next));
            }
        }
        return can[a.size()][b.size()];
    }

    private static void assertFinalLabelsAreTheLastCommitted(Path db, List<TagScript.Line> committed) {
        Map<String, TagScript.Line> last = new HashMap<>();
        committed.forEach(l -> last.put(l.doc() + " " + l.index(), l));
        for (TagScript.Line l : last.values()) {
            assertEquals(l.label(), TagScript.currentLabel(db, l.doc(), l.index()), "sentence " + l.doc() + " " + l.index());
        }
    }
}
