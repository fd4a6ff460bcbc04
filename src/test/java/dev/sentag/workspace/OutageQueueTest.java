package dev.sentag.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.annotate.OutageQueue;
import dev.sentag.annotate.OutageQueue.Written;
import dev.sentag.model.Label;
import dev.sentag.model.Sentence;
import dev.sentag.pg.PostgresServer;
import dev.sentag.store.LibraryLocation;
import dev.sentag.store.StoreException;
import dev.sentag.store.PasswordSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outage queue of a team library on a real PostgreSQL server: tags and notes made while the server is stopped
 * are kept in a journal on disk, written in order once it is back (with history, so undo works), replayed by a new
 * session after a crash, and a change the server can no longer take is reported and taken off, not dropped silently.
 */
class OutageQueueTest {
    @TempDir
    Path data;

    private final PostgresServer server = PostgresServer.get();

    private Workspace open(String database) {
        return Workspace.open(LibraryLocation.parse(server.url(PostgresServer.SUPERUSER, database)),
                PasswordSource.NONE, data);
    }

    private static List<Long> sentenceIds(Workspace ws, long document) {
        return ws.annotation().open(document).orElseThrow().sentences().stream().map(Sentence::id).toList();
    }

    private static long label(Workspace ws, String name) {
        return ws.annotation().labels().byName(name).map(Label::id).orElseThrow();
    }

    @Test
    void tagsTypedWhileTheServerIsStoppedArriveInOrderOnceItIsBackAndCanBeUndone() throws Exception {
        String database = server.freshDatabase();
        try (Workspace ws = open(database)) {
            ws.imports().importFile(SeedFiles.first());
            List<Long> ids = sentenceIds(ws, 1);
            long claim = label(ws, "Claim");
            long response = label(ws, "Response");
            OutageQueue queue = ws.outages();
            assertEquals(Written.WRITTEN, queue.tag(1, ids.get(0), 0, claim));
            server.stop();
            try {
                assertEquals(Written.QUEUED, queue.tag(1, ids.get(1), 1, claim));
                assertEquals(Written.QUEUED, queue.tag(1, ids.get(2), 2, response));
                assertEquals(Written.QUEUED, queue.tag(1, ids.get(1), 1, response)); // the user changed their mind
                assertEquals(Written.QUEUED, queue.note(1, ids.get(2), 2, "said twice"));
                assertEquals(4, queue.waiting());
                assertEquals(4, Files.readAllLines(queue.file().orElseThrow()).size(), "one line per kept change");
                OutageQueue.Replay stillDown = queue.replay();
                assertEquals(4, stillDown.waiting(), "nothing is lost while the server is still away");
            } finally {
                server.start();
            }
            OutageQueue.Replay replay = queue.replay();
            assertEquals(new OutageQueue.Replay(4, 0, List.of(), 0), replay);
            assertEquals(0, queue.waiting());
            assertFalse(Files.exists(queue.file().orElseThrow()), "the journal is emptied once all is written");
            assertEquals(Map.of(0, "Claim", 1, "Response", 2, "Response"), stored(database));
            assertEquals(List.of("0 Claim", "1 Claim", "2 Response", "1 Response"), history(database),
                    "written in the order they were typed, each with its history row");
            assertEquals("said twice", note(database, ids.get(2)));
            assertTrue(ws.annotation().undo().isPresent());
            assertEquals(Map.of(0, "Claim", 1, "Claim", 2, "Response"), stored(database), "undo takes back the last");
        }
    }

    @Test
    void aJournalLeftByACrashedSessionIsReplayedByTheNextOne() throws Exception {
        String database = server.freshDatabase();
        Workspace crashed = open(database); // never closed: the app died
        crashed.imports().importFile(SeedFiles.first());
        List<Long> ids = sentenceIds(crashed, 1);
        long background = label(crashed, "Background");
        server.stop();
        try {
            for (int i = 0; i < 5; i++) {
                assertEquals(Written.QUEUED, crashed.outages().tag(1, ids.get(i), i, background));
            }
        } finally {
            server.start();
        }
        crashed.outages().close(); // the app died: the system drops its lock on the journal
        try (Workspace next = open(database)) {
            assertEquals(5, next.outages().waiting(), "read back from the data folder");
            assertEquals(new OutageQueue.Replay(5, 0, List.of(), 0), next.outages().replay());
            assertEquals(Map.of(0, "Background", 1, "Background", 2, "Background", 3, "Background", 4, "Background"),
                    stored(database));
        }
        try (Workspace again = open(database)) {
            assertEquals(0, again.outages().waiting(), "replayed once, not again");
        }
    }

    @Test
    void aSecondWindowOfTheSameLoginNeitherReplaysNorKeepsTheFirstWindowsChanges() throws Exception {
        String database = server.freshDatabase();
        try (Workspace first = open(database); Workspace second = open(database)) { // same login, same data folder
            first.imports().importFile(SeedFiles.first());
            List<Long> ids = sentenceIds(first, 1);
            long claim = label(first, "Claim");
            long response = label(second, "Response");
            server.stop();
            try {
                assertEquals(Written.QUEUED, first.outages().tag(1, ids.get(0), 0, claim));
                StoreException refused = assertThrows(StoreException.class,
                        () -> second.outages().tag(1, ids.get(1), 1, response));
                assertTrue(refused.getMessage().contains("another Sentag window of this login on this library keeps"
                        + " the changes made offline"), refused.getMessage());
                assertEquals(0, second.outages().waiting());
            } finally {
                server.start();
            }
            assertEquals(new OutageQueue.Replay(0, 0, List.of(), 0), second.outages().replay(), "not its to write");
            assertEquals(new OutageQueue.Replay(1, 0, List.of(), 0), first.outages().replay());
            assertEquals(List.of("0 Claim"), history(database), "written once");
            assertEquals(Written.WRITTEN, second.outages().tag(1, ids.get(1), 1, response));
        }
    }

    @Test
    void whatAWindowClosedWhileTheServerWasAwayLeftIsWrittenByTheOneStillOpen() throws Exception {
        String database = server.freshDatabase();
        try (Workspace staying = open(database)) {
            staying.imports().importFile(SeedFiles.first());
            List<Long> ids = sentenceIds(staying, 1);
            long claim = label(staying, "Claim");
            Workspace closing = open(database);
            server.stop();
            try {
                assertEquals(Written.QUEUED, closing.outages().tag(1, ids.get(2), 2, claim));
                closing.close();
            } finally {
                server.start();
            }
            OutageQueue.Replay replay = staying.outages().replay();
            if (replay.written() == 0) { // its connection died with the restart: found now, a new one is made
                assertEquals(1, replay.waiting(), "taken over, and kept while the attempt fails");
                replay = staying.outages().replay(); // the window tries again a few seconds later
            }
            assertEquals(new OutageQueue.Replay(1, 0, List.of(), 0), replay);
            assertEquals(Map.of(2, "Claim"), stored(database));
        }
    }

    @Test
    void aTagAlreadyInTheLibraryIsNotWrittenTwice() throws Exception {
        String database = server.freshDatabase();
        try (Workspace ws = open(database)) {
            ws.imports().importFile(SeedFiles.first());
            List<Long> ids = sentenceIds(ws, 1);
            long claim = label(ws, "Claim");
            server.stop();
            try {
                assertEquals(Written.QUEUED, ws.outages().tag(1, ids.get(3), 3, claim));
            } finally {
                server.start();
            }
            // As if the commit had landed though its acknowledgement was cut off by the outage.
            ws.annotation().tag(ids.get(3), claim);
            assertEquals(new OutageQueue.Replay(0, 1, List.of(), 0), ws.outages().replay());
            assertEquals(List.of("3 Claim"), history(database), "no second history row");
        }
    }

    @Test
    void aTagOnADocumentDeletedMeanwhileIsReportedAndTakenOff() throws Exception {
        String database = server.freshDatabase();
        try (Workspace ws = open(database)) {
            ws.imports().importFile(SeedFiles.first());
            ws.imports().importFile(SeedFiles.second());
            List<Long> first = sentenceIds(ws, 1);
            List<Long> second = sentenceIds(ws, 2);
            long claim = label(ws, "Claim");
            server.stop();
            try {
                ws.outages().tag(1, first.get(4), 4, claim);
                ws.outages().tag(2, second.get(0), 0, claim);
            } finally {
                server.start();
            }
            try (Workspace admin = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
                admin.annotation().delete(1);
            }
            OutageQueue.Replay replay = ws.outages().replay();
            assertEquals(1, replay.written());
            assertEquals(1, replay.refused().size());
            String reported = replay.refused().get(0).shown();
            assertTrue(reported.contains("sentence 5 of document 1") && reported.contains("deleted"), reported);
            assertEquals(0, ws.outages().waiting(), "reported and taken off, not kept for ever");
            assertEquals(Map.of(0, "Claim"), stored(database, 2));
        }
    }

    @Test
    void aSpeakerAndALinkWhoseSentencesMovedMeanwhileAreReportedNotWrittenElsewhere() throws Exception {
        String database = server.freshDatabase();
        try (Workspace ws = open(database)) {
            ws.imports().importFile(SeedFiles.first());
            List<Long> ids = sentenceIds(ws, 1);
            server.stop();
            try {
                assertEquals(Written.QUEUED, ws.outages().speaker(1, ids.get(6), 6, "Ms Example"));
                assertEquals(Written.QUEUED, ws.outages().link(1, ids.get(7), 7, ids.get(6), 6, null, true));
                assertEquals(Written.QUEUED, ws.outages().speaker(1, ids.get(1), 1, "Mr Other"));
            } finally {
                server.start();
            }
            try (Workspace admin = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
                admin.annotation().merge(1, 4, java.util.Optional.empty()); // sentences 5 and 6 become one
            }
            OutageQueue.Replay replay = ws.outages().replay();
            assertEquals(1, replay.written());
            assertEquals(List.of("Not written after the outage: the speaker of sentence 7 of document 1",
                            "Not written after the outage: the link from sentence 8 to sentence 7 of document 1"),
                    replay.refused().stream().map(r -> r.shown().substring(0, r.shown().indexOf(" — "))).toList());
            assertEquals(Map.of(1, "Mr Other"), ws.links().speakers(1));
            assertTrue(ws.links().links(1).isEmpty());
        }
    }

    @Test
    void aLibraryFileKeepsNothingAndFailsAsBefore() {
        try (Workspace ws = Workspace.open(data.resolve("solo.db"))) {
            assertTrue(ws.outages().file().isEmpty());
            assertThrows(IllegalArgumentException.class, () -> ws.outages().tag(9, 999, 0, null));
            assertEquals(0, ws.outages().waiting());
        }
    }

    private Map<Integer, String> stored(String database) throws Exception {
        return stored(database, 1);
    }

    private Map<Integer, String> stored(String database, long document) throws Exception {
        Map<Integer, String> out = new TreeMap<>();
        try (var c = server.superuser(database); var ps = c.prepareStatement("""
                SELECT s.idx, l.name FROM tags t JOIN sentences s ON s.id = t.sentence_id
                JOIN labels l ON l.id = t.label_id WHERE s.document_id = ?""")) {
            ps.setLong(1, document);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private List<String> history(String database) throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = server.superuser(database); var rs = c.createStatement().executeQuery("""
                SELECT s.idx, l.name FROM tag_history h JOIN sentences s ON s.id = h.sentence_id
                JOIN labels l ON l.id = h.new_label_id ORDER BY h.id""")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + " " + rs.getString(2));
            }
        }
        return out;
    }

    private String note(String database, long sentenceId) throws Exception {
        try (var c = server.superuser(database);
             var ps = c.prepareStatement("SELECT note FROM tags WHERE sentence_id = ?")) {
            ps.setLong(1, sentenceId);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
