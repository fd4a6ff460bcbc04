package dev.sentag.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.annotate.Change;
import dev.sentag.annotate.OutageQueue;
import dev.sentag.annotate.OutageQueue.Written;
import dev.sentag.model.Label;
import dev.sentag.model.Sentence;
import dev.sentag.pg.PostgresServer;
import dev.sentag.store.LibraryLocation;
import dev.sentag.store.PasswordSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unsure marks, undo and redo while a team library's server is stopped (a real PostgreSQL): kept on disk with the
 * tags, shown at once, and written once it is back so that the library ends as the user saw it — also the undo
 * history, so that undo goes on where it stopped; an undo that would take back something the user never saw taken
 * back is reported instead; a change made as gold is written as gold.
 */
class OutageUndoTest {
    @TempDir
    Path data;
    @TempDir
    Path otherData;

    private final PostgresServer server = PostgresServer.get();

    private Workspace open(String database, Path folder) {
        return Workspace.open(LibraryLocation.parse(server.url(PostgresServer.SUPERUSER, database)),
                PasswordSource.NONE, folder);
    }

    private static List<Long> ids(Workspace ws) {
        return ws.annotation().open(1).orElseThrow().sentences().stream().map(Sentence::id).toList();
    }

    private static long label(Workspace ws, String name) {
        return ws.annotation().labels().byName(name).map(Label::id).orElseThrow();
    }

    @Test
    void undoRedoAndUnsureTypedOfflineEndAsTheUserSawThemAndUndoGoesOnAfterwards() throws Exception {
        String database = server.freshDatabase();
        try (Workspace ws = open(database, data)) {
            ws.imports().importFile(SeedFiles.first());
            List<Long> ids = ids(ws);
            long claim = label(ws, "Claim");
            long response = label(ws, "Response");
            long background = label(ws, "Background");
            OutageQueue queue = ws.outages();
            String me = ws.annotation().annotator().name();
            assertEquals(Written.WRITTEN, queue.tag(1, ids.get(0), 0, claim, null));
            server.stop();
            try {
                assertEquals(Written.QUEUED, queue.tag(1, ids.get(1), 1, claim, null));
                assertEquals(Written.QUEUED, queue.tag(1, ids.get(2), 2, response, null));
                assertEquals(Written.QUEUED, queue.unsure(1, ids.get(1), 1, true));
                assertEquals(shows(2, null), queue.undo());
                assertEquals(shows(1, null), queue.undo());
                assertEquals(shows(1, claim), queue.redo());
                assertEquals(Written.QUEUED, queue.tag(1, ids.get(3), 3, background, null));
                assertTrue(queue.redo().refused().equals("Nothing redone: until the server is back, only changes made offline can be redone."),
                        "a new tag empties redo, as online");
                assertEquals(shows(3, null), queue.undo());
                assertEquals(shows(1, null), queue.undo());
                OutageQueue.Step beforeTheOutage = queue.undo();
                assertEquals("Nothing undone: until the server is back, only changes made offline can be undone.",
                        beforeTheOutage.refused());
                assertEquals(Optional.empty(), beforeTheOutage.change(), "nothing changed on screen");
                assertEquals(Written.QUEUED, queue.tag(1, ids.get(4), 4, claim, null));
                assertEquals(Written.QUEUED, queue.unsure(1, ids.get(4), 4, true));
                assertEquals(11, queue.waiting(), "refused steps are not kept");
            } finally {
                server.start();
            }
            assertEquals(new OutageQueue.Replay(11, 0, List.of(), 0), queue.replay());
            assertEquals(Map.of(0, "Claim", 4, "Claim *"), stored(database, me));
            assertEquals(4, ws.annotation().undo().orElseThrow().index(), "undo goes on with the latest tag");
            assertEquals(0, ws.annotation().undo().orElseThrow().index(), "then the one before the outage");
            assertEquals(Map.of(), stored(database, me));
        }
    }

    @Test
    void anUndoKeptOfflineNeverTakesBackAChangeTheUserDidNotSeeTakenBack() throws Exception {
        String database = server.freshDatabase();
        try (Workspace ws = open(database, data)) {
            ws.imports().importFile(SeedFiles.first());
            List<Long> ids = ids(ws);
            long claim = label(ws, "Claim");
            long response = label(ws, "Response");
            String me = ws.annotation().annotator().name();
            server.stop();
            try {
                assertEquals(Written.QUEUED, ws.outages().tag(1, ids.get(1), 1, claim, null));
                assertEquals(shows(1, null), ws.outages().undo());
            } finally {
                server.start();
            }
            try (Workspace other = open(database, otherData)) { // the same annotator in another window meanwhile
                other.annotation().tag(ids.get(1), claim);
                other.annotation().tag(ids.get(5), response);
            }
            OutageQueue.Replay replay = ws.outages().replay();
            assertEquals(0, replay.written());
            assertEquals(1, replay.alreadyThere());
            assertEquals(1, replay.refused().size());
            String reported = replay.refused().get(0).shown();
            assertTrue(reported.startsWith("Not written after the outage: the undo of the tag of sentence 2 of document 1"),
                    reported);
            assertEquals(Map.of(1, "Claim", 5, "Response"), stored(database, me),
                    "the other window's tag of sentence 6 is not taken back");
        }
    }

    @Test
    void aTagMadeAsGoldIsWrittenAsGoldAfterTheSessionWentBackToItsAnnotator() throws Exception {
        String database = server.freshDatabase();
        try (Workspace ws = open(database, data)) {
            ws.imports().importFile(SeedFiles.first());
            List<Long> ids = ids(ws);
            long response = label(ws, "Response");
            String me = ws.annotation().annotator().name();
            ws.annotation().actAs("gold"); // adjudicating
            server.stop();
            try {
                assertEquals(Written.QUEUED, ws.outages().tag(1, ids.get(2), 2, response, null));
            } finally {
                server.start();
            }
            ws.annotation().actAsSaved(); // adjudication ended before the replay
            assertEquals(1, ws.outages().replay().written());
            assertEquals(Map.of(2, "Response"), stored(database, "gold"));
            assertEquals(Map.of(), stored(database, me));
            assertEquals(me, ws.annotation().annotator().name(), "back to its own annotator");
        }
    }

    @Test
    void undoAfterACrashWhileOfflineGoesOnFromTheJournalAndEndsAsShown() throws Exception {
        String database = server.freshDatabase();
        Workspace crashed = open(database, data); // never closed: the app died while the server was away
        crashed.imports().importFile(SeedFiles.first());
        List<Long> ids = ids(crashed);
        long claim = label(crashed, "Claim");
        long response = label(crashed, "Response");
        String me = crashed.annotation().annotator().name();
        server.stop();
        try {
            assertEquals(Written.QUEUED, crashed.outages().tag(1, ids.get(1), 1, claim, null));
            assertEquals(Written.QUEUED, crashed.outages().tag(1, ids.get(2), 2, response, null));
            assertEquals(shows(2, null), crashed.outages().undo());
        } finally {
            server.start();
        }
        crashed.outages().close(); // the app died: the system drops its lock on the journal
        try (Workspace next = open(database, data)) {
            assertEquals(me, next.annotation().annotator().name());
            server.stop();
            try {
                assertEquals(3, next.outages().waiting(), "read back from the journal");
                assertEquals(shows(1, null), next.outages().undo(), "the undo stack is rebuilt from the journal");
                assertEquals(shows(1, claim), next.outages().redo());
                assertEquals(shows(2, response), next.outages().redo());
            } finally {
                server.start();
            }
            OutageQueue.Replay replay = next.outages().replay();
            if (replay.waiting() == 6) { // nothing touched the server while it was stopped: this found the connection cut
                replay = next.outages().replay(); // as the window's retry a few seconds later
            }
            assertEquals(new OutageQueue.Replay(6, 0, List.of(), 0), replay);
            assertEquals(Map.of(1, "Claim", 2, "Response"), stored(database, me));
        }
    }

    @Test
    void aLinkAndASpeakerMadeOfflineCanBeUndoneAndRedoneOfflineAndTheLibraryEndsAsShown() throws Exception {
        String database = server.freshDatabase();
        try (Workspace ws = open(database, data)) {
            ws.imports().importFile(SeedFiles.first());
            List<Sentence> text = ws.annotation().open(1).orElseThrow().sentences().stream()
                    .filter(x -> !x.excluded()).toList(); // links join article text, not web residue
            int a = text.get(1).index();
            int b = text.get(2).index();
            int c = text.get(3).index();
            int d = text.get(4).index();
            List<Long> ids = ids(ws);
            ws.annotation().annotator();
            OutageQueue queue = ws.outages();
            server.stop();
            try {
                assertEquals(Written.QUEUED, queue.link(1, ids.get(b), b, ids.get(a), a, null, true));
                assertEquals(Written.QUEUED, queue.link(1, ids.get(d), d, ids.get(c), c, null, true));
                assertEquals(Optional.of(new OutageQueue.LinkStep(1, d, ids.get(d), c, ids.get(c), null, false)),
                        queue.undo().link(), "the second link goes");
                assertEquals(Optional.of(new OutageQueue.LinkStep(1, b, ids.get(b), a, ids.get(a), null, false)),
                        queue.undo().link());
                assertEquals(Optional.of(new OutageQueue.LinkStep(1, b, ids.get(b), a, ids.get(a), null, true)),
                        queue.redo().link(), "and comes back");
                assertEquals(Written.QUEUED, queue.speaker(1, ids.get(b), b, "Ms Example", null));
                assertEquals(Optional.of(new OutageQueue.SpeakerStep(1, b, null)), queue.undo().speaker());
                assertEquals(Optional.of(new OutageQueue.SpeakerStep(1, b, "Ms Example")), queue.redo().speaker());
                assertEquals(Optional.of(new OutageQueue.SpeakerStep(1, b, null)), queue.undo().speaker());
                assertEquals(Written.QUEUED, queue.speaker(1, ids.get(a), a, "Mr Old")); // kept without its previous
                assertEquals("Nothing undone: undoing the speaker of sentence " + (a + 1) + " of document 1 waits for the "
                        + "server.", queue.undo().refused(), "without the name it replaced, its undo waits");
            } finally {
                server.start();
            }
            OutageQueue.Replay replay = queue.replay();
            assertEquals(List.of(), replay.refused());
            assertEquals(10, replay.written());
            assertEquals(Map.of(a, "Mr Old"), ws.links().speakers(1), "the speaker undone offline is not there");
            assertEquals(List.of(b + ">" + a), ws.links().links(1).stream().map(l -> l.fromIndex() + ">" + l.toIndex())
                    .toList());
            ws.annotation().undo(); // Mr Old
            ws.annotation().undo(); // the link kept (Ms Example was undone, and redo is empty after Mr Old)
            assertTrue(ws.links().links(1).isEmpty(), "the history written is the one shown");
            ws.annotation().redo();
            assertEquals(1, ws.links().links(1).size());
        }
    }

    private static OutageQueue.Step shows(int index, Long label) {
        return new OutageQueue.Step(Written.QUEUED, Optional.of(new Change(1, index, label, false, 0)), Optional.empty(),
                Optional.empty(), null);
    }

    /** Sentence index → label name (with " *" when marked unsure) of {@code annotator}'s tags on document 1. */
    private Map<Integer, String> stored(String database, String annotator) throws Exception {
        Map<Integer, String> out = new TreeMap<>();
        try (var c = server.superuser(database); var ps = c.prepareStatement("""
                SELECT s.idx, l.name, t.unsure FROM tags t JOIN sentences s ON s.id = t.sentence_id
                JOIN labels l ON l.id = t.label_id JOIN annotators a ON a.id = t.annotator_id
                WHERE s.document_id = 1 AND a.name = ?""")) {
            ps.setString(1, annotator);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2) + (rs.getInt(3) == 1 ? " *" : ""));
                }
            }
        }
        return out;
    }
}
