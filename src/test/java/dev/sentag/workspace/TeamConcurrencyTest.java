package dev.sentag.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.model.TeamRole;
import dev.sentag.pg.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Twenty annotators, each logged in as themselves with a connection of their own, tag the same documents at the
 * same moment through the service the window and the command line use: every tag the service acknowledged is in
 * the database afterwards, and each annotator's undo still takes back exactly their own last change.
 */
class TeamConcurrencyTest {
    private static final int CLIENTS = 20;
    private static final String[] LABELS = {"Claim", "Response", "Background"};

    @Test
    void twentyAnnotatorsTaggingAtOnceLoseNothingAndEachUndoesTheirOwn() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        List<String> logins = new ArrayList<>();
        try (Workspace admin = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
            admin.team().init();
            for (int i = 0; i < CLIENTS; i++) {
                String login = "c" + i + "_" + database;
                admin.team().add(login, TeamRole.ANNOTATOR, ("pw-" + login).toCharArray());
                server.rememberPassword(login, "pw-" + login);
                logins.add(login);
            }
            admin.imports().importFile(SeedFiles.first());
            admin.imports().importFile(SeedFiles.second());
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Map<Integer, String>>> acknowledged = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            final int client = i;
            Callable<Map<Integer, String>> work = () -> tagAll(server.url(logins.get(client), database), client, go);
            acknowledged.add(pool.submit(work));
        }
        go.countDown();
        List<Map<Integer, String>> results = new ArrayList<>();
        for (Future<Map<Integer, String>> f : acknowledged) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        try (Connection c = server.superuser(database)) {
            for (int i = 0; i < CLIENTS; i++) {
                assertEquals(results.get(i), stored(c, logins.get(i)), logins.get(i));
            }
        }
        // Each undoes their last change (their second tag of sentence 2), in a session of their own (after "restart").
        for (int i = 0; i < CLIENTS; i++) {
            try (Workspace ws = Workspace.open(server.url(logins.get(i), database))) {
                assertTrue(ws.annotation().undo().isPresent());
            }
        }
        try (Connection c = server.superuser(database)) {
            for (int i = 0; i < CLIENTS; i++) {
                Map<Integer, String> expected = new HashMap<>(results.get(i));
                expected.put(2, LABELS[(i + 2) % 3]);
                assertEquals(expected, stored(c, logins.get(i)), "after undo " + logins.get(i));
            }
        }
    }

    /** Tags sentences 1..12 of document 2 and then sentence 2 again; returns what the service acknowledged. */
    private static Map<Integer, String> tagAll(String url, int client, CountDownLatch go) throws Exception {
        Map<Integer, String> done = new HashMap<>();
        try (Workspace ws = Workspace.open(url)) {
            go.await();
            for (int index = 1; index <= 12; index++) {
                String label = LABELS[(client + index) % 3];
                ws.annotation().tag(2, index, label);
                done.put(index, label);
            }
            String again = LABELS[(client + 1) % 3];
            ws.annotation().tag(2, 2, again);
            done.put(2, again);
        }
        return done;
    }

    private static Map<Integer, String> stored(Connection c, String login) throws Exception {
        Map<Integer, String> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT s.idx, l.name FROM tags t JOIN annotators a ON a.id = t.annotator_id
                JOIN sentences s ON s.id = t.sentence_id JOIN labels l ON l.id = t.label_id
                WHERE s.document_id = 2 AND a.name = '%s'""".formatted(login))) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2));
            }
        }
        return out;
    }
}
