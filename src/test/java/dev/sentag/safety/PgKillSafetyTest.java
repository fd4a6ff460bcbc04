package dev.sentag.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.pg.PostgresServer;
import dev.sentag.workspace.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link KillSafetyTest} on a team library: {@code sentag tag --stdin} against PostgreSQL is killed with SIGKILL
 * mid-stream, and every tag it acknowledged is in the database, in the order it was sent (at most the one tag in
 * flight at the kill is committed without its ack). {@code -Dsentag.killSeed=N} replays a seed.
 */
class PgKillSafetyTest {
    private static final int LINES = 2000;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedTagSurvivesSigkillOnPostgres() throws Exception {
        long seed = Long.getLong("sentag.killSeed", 20261205L);
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        String url = server.url(PostgresServer.SUPERUSER, database);
        Map<Long, Integer> sentences = new LinkedHashMap<>();
        try (Workspace ws = Workspace.open(url)) {
            for (Path seedFile : SeedFiles.both()) {
                ws.imports().importFile(seedFile);
            }
            for (var d : ws.annotation().documents()) {
                sentences.put(d.id(), ws.annotation().open(d.id()).orElseThrow().sentences().size());
            }
        }
        Random random = new Random(seed);
        List<TagScript.Line> lines = TagScript.random(random, sentences, LINES);
        int killAfter = 1 + random.nextInt(LINES / 4);
        String where = "seed " + seed + " (kill after " + killAfter + " acks)";
        Path input = TagScript.write(dir.resolve("tags.txt"), lines);
        Path errors = dir.resolve("tags.err");
        ProcessBuilder builder = SentagProcess.builder(url, dir.resolve("data"), input, errors, "tag", "--stdin");
        builder.environment().put("PGPASSWORD", PostgresServer.SUPERUSER_PASSWORD);
        Process p = SentagProcess.start(builder);
        int acks = 0;
        try (var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; acks < killAfter && (line = out.readLine()) != null; acks++) {
                assertEquals(lines.get(acks).ack(), line, where + ": unexpected answer");
            }
            p.toHandle().destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), where + ": the killed process did not end");
            for (String line; (line = out.readLine()) != null; acks++) {
                assertEquals(lines.get(acks).ack(), line, where + ": unexpected answer");
            }
        }
        assertTrue(acks < LINES, where + ": the process finished before the kill; nothing was tested");
        assertTrue(acks >= killAfter, where + ": ended early after " + acks + ": " + Files.readString(errors));
        List<TagScript.Line> committed = committed(server, database);
        assertTrue(committed.size() >= acks, where + ": " + acks + " acknowledged but " + committed.size() + " committed");
        assertTrue(committed.size() <= acks + 1, where + ": " + committed.size() + " committed for " + acks + " acks");
        assertEquals(lines.subList(0, committed.size()), committed, where + ": history differs from what was sent");
        System.getLogger(PgKillSafetyTest.class.getName()).log(System.Logger.Level.INFO,
                "PostgreSQL kill test, {0}: {1} acknowledged, {2} committed", where, acks, committed.size());
    }

    private static List<TagScript.Line> committed(PostgresServer server, String database) throws Exception {
        List<TagScript.Line> out = new ArrayList<>();
        try (Connection c = server.superuser(database); var rs = c.createStatement().executeQuery("""
                SELECT s.document_id, s.idx, lower(coalesce(l.name, 'none'))
                FROM tag_history h JOIN sentences s ON s.id = h.sentence_id LEFT JOIN labels l ON l.id = h.new_label_id
                WHERE h.action = 'tag' ORDER BY h.id""")) {
            while (rs.next()) {
                out.add(new TagScript.Line(rs.getLong(1), rs.getInt(2), rs.getString(3)));
            }
        }
        return out;
    }
}
