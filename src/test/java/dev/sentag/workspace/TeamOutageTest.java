package dev.sentag.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.pg.PostgresServer;
import dev.sentag.store.StoreException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The server of a team library goes away while an annotator works and comes back: the change made meanwhile is
 * reported as not saved by the service (one clear message; the window keeps such changes in the outage queue, see
 * OutageQueueTest), and the same open library works again once the server is back, undo included, without
 * reopening it.
 */
class TeamOutageTest {
    @Test
    void aWriteDuringAnOutageIsReportedAndTheLibraryWorksAgainWhenTheServerIsBack() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        try (Workspace ws = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
            ws.imports().importFile(SeedFiles.first());
            ws.annotation().tag(1, 1, "Claim");
            server.stop();
            try {
                StoreException down = assertThrows(StoreException.class, () -> ws.annotation().tag(1, 2, "Response"));
                assertTrue(down.getMessage().contains("cannot be reached"), down.getMessage());
                assertThrows(StoreException.class, () -> ws.annotation().tag(1, 2, "Response"), "still down");
            } finally {
                server.start();
            }
            ws.annotation().tag(1, 3, "Background");
            assertEquals(Map.of(1, "Claim", 3, "Background"), stored(server, database));
            assertTrue(ws.annotation().undo().isPresent());
            assertEquals(Map.of(1, "Claim"), stored(server, database));
        }
    }

    private static Map<Integer, String> stored(PostgresServer server, String database) throws Exception {
        Map<Integer, String> out = new TreeMap<>();
        try (var c = server.superuser(database); var rs = c.createStatement().executeQuery("""
                SELECT s.idx, l.name FROM tags t JOIN sentences s ON s.id = t.sentence_id
                JOIN labels l ON l.id = t.label_id WHERE s.document_id = 1""")) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2));
            }
        }
        return out;
    }
}
