package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.model.Label;
import dev.sentag.pg.PostgresServer;
import dev.sentag.store.LibraryLocation;
import dev.sentag.store.PasswordSource;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tagging view-model on a team library whose server goes away: the labels typed stay on screen, the status
 * says offline with how many wait, and the retry (run here by the test instead of the FX clock) writes them all in
 * order once the server is back; undo and redo offline work on the tags kept (and only on them), an unsure mark is
 * kept too, and the undo history written is the one the user saw.
 */
class OutageReplayTest {
    @TempDir
    Path data;
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final List<Runnable> retries = new ArrayList<>();

    private void runFxUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            Runnable next = fx.poll(30, TimeUnit.SECONDS);
            assertNotNull(next, "the background work did not answer within 30 s");
            next.run();
        }
    }

    @Test
    void labelsTypedOfflineStayShownAreCountedAndArriveInOrderWhenTheServerIsBack() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        try (Workspace ws = Workspace.open(LibraryLocation.parse(server.url(PostgresServer.SUPERUSER, database)),
                PasswordSource.NONE, data)) {
            ws.imports().importFile(SeedFiles.second());
            var tagging = new TaggingViewModel(ws.annotation(), ws.outages(),
                    new Background(ws.database().executor(), fx::add), ws.annotation().labels());
            tagging.saves().outage().retryWith(retries::add);
            boolean[] opened = {false};
            tagging.open(1, 0, () -> opened[0] = true);
            runFxUntil(() -> opened[0]);
            Label claim = tagging.labelsProperty().get().byName("Claim").orElseThrow();
            Label response = tagging.labelsProperty().get().byName("Response").orElseThrow();
            SaveStatus status = tagging.status();

            server.stop();
            try {
                tagging.tagCurrent(claim);     // sentence 1, then auto-advance
                tagging.tagCurrent(response);  // sentence 2
                tagging.tagCurrent(claim);     // sentence 3
                runFxUntil(() -> !status.isPending());
                assertEquals(SaveStatus.State.OFFLINE, status.stateProperty().get());
                assertTrue(status.messageProperty().get().startsWith("Offline: 3 changes wait — they are written when "
                        + ws.database().shown() + " is back"), status.messageProperty().get());
                assertEquals(List.of(claim.id(), response.id(), claim.id()), tagging.rows().subList(0, 3).stream()
                        .map(SentenceRow::labelId).toList(), "the user's choice stays on screen");
                assertEquals(3, ws.outages().waiting());
                assertEquals(3, Files.readAllLines(ws.outages().file().orElseThrow()).size());
                tagging.undo(); // offline, undo takes back the kept tags, last first, on screen at once
                runFxUntil(() -> tagging.rows().get(2).labelId() == null);
                tagging.undo();
                tagging.undo();
                runFxUntil(() -> tagging.rows().get(0).labelId() == null && !status.isPending());
                assertTrue(status.messageProperty().get().startsWith("Offline: 6 changes wait"),
                        status.messageProperty().get());
                tagging.undo(); // the tags saved before the outage are not known here: refused, nothing changes
                runFxUntil(() -> !status.isPending());
                assertEquals(SaveStatus.State.FAILED, status.stateProperty().get());
                assertEquals("Nothing undone: until the server is back, only changes made offline can be undone.",
                        status.messageProperty().get());
                status.dismiss();
                assertEquals(SaveStatus.State.OFFLINE, status.stateProperty().get(), "read: back to the offline count");
                tagging.redo();
                tagging.redo();
                runFxUntil(() -> tagging.rows().get(1).labelId() != null && !status.isPending());
                SentenceRow first = tagging.rows().get(0);
                tagging.saves().unsure(first, true, () -> { }); // U
                runFxUntil(() -> !status.isPending());
                assertTrue(first.unsureProperty().get());
                assertEquals(List.of(claim.id(), response.id()), tagging.rows().subList(0, 3).stream()
                        .map(SentenceRow::labelId).filter(java.util.Objects::nonNull).toList());
                assertEquals(9, ws.outages().waiting());
                assertEquals(1, retries.size(), "one retry is planned");
                retries.remove(0).run(); // the retry comes while the server is still away
                runFxUntil(() -> retries.size() == 1);
                assertEquals(SaveStatus.State.OFFLINE, status.stateProperty().get());
                assertEquals(9, ws.outages().waiting());
            } finally {
                server.start();
            }
            retries.remove(0).run();
            runFxUntil(() -> status.stateProperty().get() == SaveStatus.State.SAVED);
            assertEquals("Saved — 9 changes written now that " + ws.database().shown() + " is back",
                    status.messageProperty().get());
            assertEquals(0, tagging.saves().outage().waitingProperty().get());
            assertTrue(Files.notExists(ws.outages().file().orElseThrow()));
            assertEquals(Map.of(0, "Claim *", 1, "Response"), stored(server, database), "as the user left them");

            tagging.redo(); // the history written is the one the user saw: sentence 3's tag waits for redo
            runFxUntil(() -> tagging.rows().get(2).labelId() != null && !status.isPending());
            assertEquals(Map.of(0, "Claim *", 1, "Response", 2, "Claim"), stored(server, database));
            tagging.undo();
            tagging.undo();
            runFxUntil(() -> tagging.rows().get(1).labelId() == null && !status.isPending());
            assertEquals(Map.of(0, "Claim *"), stored(server, database), "undo goes on where it stopped");
        }
    }

    @Test
    void aLinkAndASpeakerMadeOfflineStayShownAndArriveWhenTheServerIsBack() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        try (Workspace ws = Workspace.open(LibraryLocation.parse(server.url(PostgresServer.SUPERUSER, database)),
                PasswordSource.NONE, data)) {
            ws.imports().importFile(SeedFiles.second());
            var tagging = new TaggingViewModel(ws.annotation(), ws.outages(),
                    new Background(ws.database().executor(), fx::add), ws.annotation().labels());
            var linking = new LinkingViewModel(ws.links(), tagging, new Background(ws.database().executor(), fx::add));
            tagging.saves().outage().retryWith(retries::add);
            boolean[] opened = {false};
            tagging.open(1, 1, () -> opened[0] = true);
            runFxUntil(() -> opened[0] && !linking.snapshotProperty().get().types().isEmpty());
            SaveStatus status = tagging.status();
            server.stop();
            try {
                linking.start();      // L on sentence 2
                linking.type('1');    // the target: sentence 1
                linking.confirm();    // Enter
                linking.setSpeaker("Ms Example");
                runFxUntil(() -> !status.isPending());
                assertEquals(SaveStatus.State.OFFLINE, status.stateProperty().get(), status.messageProperty().get());
                assertTrue(status.messageProperty().get().startsWith("Offline: 2 changes wait"));
                assertEquals(List.of(0), linking.outgoing(1).stream().map(l -> l.toIndex()).toList(),
                        "the link shows at once");
                assertEquals("Ms Example", linking.snapshotProperty().get().speakers().get(1));
                linking.start();      // L on sentence 2 again
                linking.type('3');    // to sentence 3
                linking.confirm();
                runFxUntil(() -> !status.isPending() && linking.outgoing(1).size() == 2);
                tagging.undo();       // Ctrl+Z: that link goes at once
                runFxUntil(() -> !status.isPending() && linking.outgoing(1).size() == 1);
                assertEquals(4, ws.outages().waiting());
                tagging.undo();       // Ctrl+Z again: the speaker goes
                runFxUntil(() -> !status.isPending() && linking.snapshotProperty().get().speakers().get(1) == null);
                assertEquals(5, ws.outages().waiting());
            } finally {
                server.start();
            }
            retries.remove(0).run();
            runFxUntil(() -> status.stateProperty().get() == SaveStatus.State.SAVED);
            assertEquals(List.of(0), ws.links().links(1).stream().map(l -> l.toIndex()).toList(), "as shown");
            assertEquals(Map.of(), ws.links().speakers(1), "the speaker was undone");
        }
    }

    @Test
    void anotherAnnotatorsLinkAcceptedOfflineIsShownAndWrittenAsMineWhenTheServerIsBack() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        try (Workspace ws = Workspace.open(LibraryLocation.parse(server.url(PostgresServer.SUPERUSER, database)),
                PasswordSource.NONE, data)) {
            ws.imports().importFile(SeedFiles.second());
            String me = ws.annotation().annotator().name();
            ws.annotation().actAs("ana");
            ws.links().link(1, 2, 0, null); // ana's link from sentence 3 to sentence 1
            ws.annotation().actAs(me);
            var tagging = new TaggingViewModel(ws.annotation(), ws.outages(),
                    new Background(ws.database().executor(), fx::add), ws.annotation().labels());
            var linking = new LinkingViewModel(ws.links(), tagging, new Background(ws.database().executor(), fx::add));
            tagging.saves().outage().retryWith(retries::add);
            tagging.open(1, 2, () -> { });
            runFxUntil(() -> !linking.snapshotProperty().get().others().isEmpty());
            SaveStatus status = tagging.status();
            server.stop();
            try {
                linking.accept(linking.snapshotProperty().get().others().get(0)); // A in the link list
                runFxUntil(() -> !status.isPending());
                assertTrue(status.messageProperty().get().startsWith("Offline: 1 change waits"),
                        status.messageProperty().get());
                assertEquals(List.of(0), linking.outgoing(2).stream().map(l -> l.toIndex()).toList(), "shown at once");
            } finally {
                server.start();
            }
            retries.remove(0).run();
            runFxUntil(() -> status.stateProperty().get() == SaveStatus.State.SAVED);
            assertEquals(List.of("2>0"), ws.links().links(1).stream().map(l -> l.fromIndex() + ">" + l.toIndex())
                    .toList(), "written as the user's own link");
        }
    }

    @Test
    void aMergeOrAnExclusionWhileTheServerIsAwayIsRefusedSayingSoAndNothingIsKeptOrChanged() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        try (Workspace ws = Workspace.open(LibraryLocation.parse(server.url(PostgresServer.SUPERUSER, database)),
                PasswordSource.NONE, data)) {
            ws.imports().importFile(SeedFiles.second());
            var before = ws.annotation().open(1).orElseThrow().sentences();
            var tagging = new TaggingViewModel(ws.annotation(), ws.outages(),
                    new Background(ws.database().executor(), fx::add), ws.annotation().labels());
            tagging.saves().outage().retryWith(retries::add);
            boolean[] opened = {false};
            tagging.open(1, 1, () -> opened[0] = true);
            runFxUntil(() -> opened[0]);
            SaveStatus status = tagging.status();
            server.stop();
            try {
                for (Runnable action : List.<Runnable>of(tagging::toggleExcludedCurrent,
                        () -> tagging.mergeWithNext(java.util.Optional.empty(), conflict -> { }))) {
                    action.run();
                    runFxUntil(() -> !status.isPending());
                    assertEquals(SaveStatus.State.FAILED, status.stateProperty().get());
                    assertEquals("Sentences not changed: the server cannot be reached, so this was not done; try again"
                            + " once it is back.", status.messageProperty().get());
                    status.dismiss();
                }
                assertEquals(0, ws.outages().waiting(), "not kept for later");
                assertTrue(retries.isEmpty(), "nothing to replay");
            } finally {
                server.start();
            }
            var after = ws.annotation().open(1).orElseThrow().sentences();
            assertEquals(before, after, "neither merged nor excluded");
        }
    }

    private static Map<Integer, String> stored(PostgresServer server, String database) throws Exception {
        Map<Integer, String> out = new TreeMap<>();
        try (var c = server.superuser(database); var rs = c.createStatement().executeQuery("""
                SELECT s.idx, l.name, t.unsure FROM tags t JOIN sentences s ON s.id = t.sentence_id
                JOIN labels l ON l.id = t.label_id WHERE s.document_id = 1 AND t.label_id IS NOT NULL""")) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2) + (rs.getInt(3) == 1 ? " *" : ""));
            }
        }
        return out;
    }
}
