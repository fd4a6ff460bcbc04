package dev.sentag.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code sentag tag --stdin} with SIGKILL at seeded random moments and checks that every tag it
 * acknowledged is in the database and the file is intact. {@code mvn test} runs a few rounds;
 * {@code mvn test -Psoak} all 20 (system property {@code sentag.killRounds}). A failing round prints its
 * seed; {@code -Dsentag.killSeed=N} replays it.
 */
class KillSafetyTest {
    private static final System.Logger LOG = System.getLogger(KillSafetyTest.class.getName());
    private static final int LINES_PER_ROUND = 1500;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedTagSurvivesSigkill() throws Exception {
        int rounds = Integer.getInteger("sentag.killRounds", 3);
        long seed = Long.getLong("sentag.killSeed", 20261123L);
        Path db = dir.resolve("kill.db");
        Map<Long, Integer> sentences = Library.withSeeds(db);
        Random random = new Random(seed);
        Map<String, String> expected = new HashMap<>();
        int acknowledged = 0;
        int committedUnacknowledged = 0;
        for (int round = 1; round <= rounds; round++) {
            List<TagScript.Line> lines = TagScript.random(random, sentences, LINES_PER_ROUND);
            int killAfter = 1 + random.nextInt(LINES_PER_ROUND - 1);
            String where = "round " + round + " of seed " + seed + " (kill after " + killAfter + " acks)";
            long before = TagScript.lastHistoryId(db);

            int acks = runAndKill(db, lines, killAfter, round, where);

            List<TagScript.Line> committed = TagScript.committedAfter(db, before);
            assertTrue(committed.size() >= acks, where + ": " + acks + " acknowledged but only " + committed.size()
                    + " committed");
            // ok is printed right after each commit, so at most the one tag in between may be committed unacknowledged.
            assertTrue(committed.size() <= acks + 1, where + ": " + committed.size() + " committed for " + acks + " acks");
            assertEquals(lines.subList(0, committed.size()), committed, where + ": history differs from what was sent");
            committed.forEach(l -> expected.put(l.doc() + " " + l.index(), l.label()));
            assertEquals("ok", SqliteProbe.text(db, "PRAGMA integrity_check"), where);
            acknowledged += acks;
            committedUnacknowledged += committed.size() - acks;
        }
        for (var e : expected.entrySet()) {
            String[] key = e.getKey().split(" ");
            assertEquals(e.getValue(), TagScript.currentLabel(db, Long.parseLong(key[0]), Integer.parseInt(key[1])),
                    "current label of " + e.getKey());
        }
        LOG.log(System.Logger.Level.INFO, "kill test: {0} rounds survived, {1} acknowledged tags checked, {2} committed"
                + " just before the kill without an ack, final labels of {3} sentences checked",
                rounds, acknowledged, committedUnacknowledged, expected.size());
    }

    /** Feeds {@code lines}, kills the process once {@code killAfter} acks arrived; returns the acks read. */
    private int runAndKill(Path db, List<TagScript.Line> lines, int killAfter, int round, String where)
            throws IOException, InterruptedException {
        Path input = TagScript.write(dir.resolve("round" + round + ".txt"), lines);
        Path errors = dir.resolve("round" + round + ".err");
        Process p = SentagProcess.start(SentagProcess.builder(db, input, errors, "tag", "--stdin"));
        int acks = 0;
        try (var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; acks < killAfter && (line = out.readLine()) != null; acks++) {
                assertEquals(lines.get(acks).ack(), line, where + ": unexpected answer");
            }
            // SIGKILL on Linux: no shutdown hooks, no close, no checkpoint. Through the handle, so that our end of
            // the pipe stays open and the acks the process printed before it died can still be read.
            p.toHandle().destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), where + ": the killed process did not end");
            // Whatever the process printed before it died is acknowledged as well.
            for (String line; (line = out.readLine()) != null; acks++) {
                assertEquals(lines.get(acks).ack(), line, where + ": unexpected answer");
            }
        }
        assertTrue(acks == killAfter || acks == lines.size() || p.exitValue() != 0,
                where + ": ended early: " + Files.readString(errors));
        return acks;
    }
}
