package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.model.Label;
import dev.sentag.model.Tag;
import dev.sentag.store.StoreFaults;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The save queue on its own, over a real library: the "database thread" is a recorded queue the test runs when it
 * chooses, and results come back at once on the test thread, which plays the FX thread.
 */
class SaveQueueTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private final ArrayDeque<Runnable> database = new ArrayDeque<>();
    private TaggingViewModel tagging;
    private SaveQueue saves;
    private Label claim;
    private Label response;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(SeedFiles.second());
        tagging = new TaggingViewModel(ws.annotation(), new Background(database::add, Runnable::run),
                ws.annotation().labels());
        tagging.autoAdvanceProperty().set(false);
        saves = tagging.saves();
        tagging.open(1, 0, () -> { });
        runDatabase();
        claim = tagging.labelsProperty().get().byName("Claim").orElseThrow();
        response = tagging.labelsProperty().get().byName("Response").orElseThrow();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** Runs what was handed to the database thread, in the order it was handed over. */
    private int runDatabase() {
        int ran = 0;
        while (!database.isEmpty()) {
            database.poll().run();
            ran++;
        }
        return ran;
    }

    private Map<Long, Tag> stored() {
        return ws.annotation().open(1).orElseThrow().tags();
    }

    private Long storedLabel(int index) {
        Tag t = stored().get(tagging.rows().get(index).sentence().id());
        return t == null ? null : t.labelId();
    }

    private SaveStatus.State state() {
        return saves.status().stateProperty().get();
    }

    @Test
    void aTagShowsAtOnceAndSaysSavedOnlyAfterTheDatabaseRanIt() {
        tagging.tagCurrent(claim);
        assertEquals(claim.id(), tagging.rows().get(0).labelId(), "the colour shows before the write");
        assertEquals(1, tagging.taggedProperty().get());
        assertEquals(SaveStatus.State.SAVING, state());
        assertTrue(saves.status().isPending());
        assertNull(storedLabel(0), "nothing is written until the database thread runs");

        assertEquals(1, runDatabase());
        assertEquals(SaveStatus.State.SAVED, state());
        assertFalse(saves.status().isPending());
        assertEquals(claim.id(), storedLabel(0));
        assertEquals(1, saves.latency().count());
    }

    @Test
    void writesReachTheDatabaseInTheOrderTheUserMadeThem() {
        tagging.tagCurrent(claim);
        tagging.tagCurrent(response);
        tagging.tagCurrent(null);
        tagging.tagCurrent(response);
        tagging.moveTo(1);
        tagging.tagCurrent(claim);
        assertEquals(5, database.size(), "one write per change, queued");
        assertEquals(SaveStatus.State.SAVING, state());
        runDatabase();
        assertEquals(response.id(), storedLabel(0), "the last key on a sentence wins");
        assertEquals(claim.id(), storedLabel(1));
        assertEquals(SaveStatus.State.SAVED, state());
        assertEquals(1, ws.annotation().undo().orElseThrow().index(), "the history has them in order too");
        var back = ws.annotation().undo().orElseThrow();
        assertEquals(0, back.index());
        assertNull(back.labelId(), "undoing the last Response of sentence 1 brings back its clearing");
    }

    @Test
    void aFailedTagIsPutBackReportedAndKeptForARetry() {
        StoreFaults.readOnly(ws.database());
        tagging.tagCurrent(claim);
        runDatabase();
        SentenceRow row = tagging.rows().get(0);
        assertNull(row.labelId(), "the colour is put back");
        assertEquals(0, tagging.taggedProperty().get());
        assertEquals(SaveStatus.State.FAILED, state());
        String message = saves.status().messageProperty().get();
        assertTrue(message.startsWith("Not saved — sentence 1 was put back") && message.contains("read-only"), message);
        assertEquals(1, saves.retryableProperty().get());
        assertNull(storedLabel(0));

        StoreFaults.writable(ws.database());
        assertTrue(saves.retryFailed());
        assertEquals(claim.id(), row.labelId(), "the retried tag shows again at once");
        assertEquals(SaveStatus.State.SAVING, state());
        runDatabase();
        assertEquals(claim.id(), storedLabel(0), "nothing the user typed is lost");
        assertEquals(SaveStatus.State.SAVED, state());
        assertEquals(0, saves.retryableProperty().get());
        assertFalse(saves.retryFailed(), "a retry is made once");
    }

    @Test
    void twoRefusedKeysOnOneSentencePutBackWhatTheLibraryHoldsAndRetryTheLastOne() {
        StoreFaults.readOnly(ws.database());
        tagging.tagCurrent(claim);
        tagging.tagCurrent(response); // queued behind the first, which will fail too
        runDatabase();
        assertNull(tagging.rows().get(0).labelId(), "back to what is saved, not to the unsaved Claim");
        assertEquals(0, tagging.taggedProperty().get());
        assertEquals(1, saves.retryableProperty().get(), "one sentence, its latest key");

        StoreFaults.writable(ws.database());
        saves.retryFailed();
        assertEquals(1, runDatabase());
        assertEquals(response.id(), storedLabel(0));
        assertEquals(response.id(), tagging.rows().get(0).labelId());
    }

    @Test
    void aRefusedKeyAfterASavedOnePutsTheSavedOneBack() {
        tagging.tagCurrent(claim);
        tagging.tagCurrent(response);
        database.poll().run(); // Claim is saved
        StoreFaults.readOnly(ws.database());
        database.poll().run(); // Response is refused
        assertEquals(claim.id(), tagging.rows().get(0).labelId());
        assertEquals(claim.id(), storedLabel(0));
    }

    @Test
    void aRetryStillFailingIsReportedAgainAndKeptAgain() {
        StoreFaults.readOnly(ws.database());
        tagging.tagCurrent(claim);
        runDatabase();
        assertTrue(saves.retryFailed());
        runDatabase();
        assertEquals(SaveStatus.State.FAILED, state());
        assertEquals(1, saves.retryableProperty().get());
        assertNull(tagging.rows().get(0).labelId());
        StoreFaults.writable(ws.database());
        saves.retryFailed();
        runDatabase();
        assertEquals(claim.id(), storedLabel(0));
    }

    @Test
    void aRetryDoesNotOverwriteWhatTheUserChoseSince() {
        StoreFaults.readOnly(ws.database());
        tagging.tagCurrent(claim);
        runDatabase();
        StoreFaults.writable(ws.database());
        tagging.tagCurrent(response);
        runDatabase();
        assertEquals(response.id(), storedLabel(0));
        assertEquals(SaveStatus.State.FAILED, state(), "the failure stays until read");

        assertTrue(saves.retryFailed());
        assertEquals(0, runDatabase(), "the stale write is dropped, not queued");
        assertEquals(response.id(), storedLabel(0));
        assertEquals(response.id(), tagging.rows().get(0).labelId());
        assertEquals(SaveStatus.State.SAVED, state());
    }

    @Test
    void dismissingAFailureLetsItsPutBackStand() {
        StoreFaults.readOnly(ws.database());
        tagging.tagCurrent(claim);
        runDatabase();
        StoreFaults.writable(ws.database());
        saves.status().dismiss();
        assertEquals(SaveStatus.State.SAVED, state());
        assertEquals(0, saves.retryableProperty().get());
        assertFalse(saves.retryFailed());
        assertEquals(0, runDatabase());
        assertNull(storedLabel(0));
    }

    @Test
    void aFailedNoteIsPutBackAndARetryWritesIt() {
        tagging.saveNote("  first  ");
        runDatabase();
        assertEquals("first", stored().get(tagging.rows().get(0).sentence().id()).note(), "stored stripped");
        StoreFaults.readOnly(ws.database());
        tagging.saveNote("second");
        assertEquals("second", tagging.rows().get(0).noteProperty().get());
        runDatabase();
        assertEquals("first", tagging.rows().get(0).noteProperty().get(), "put back");
        assertTrue(saves.status().messageProperty().get().startsWith("Note not saved: "));
        assertEquals(1, saves.retryableProperty().get());

        StoreFaults.writable(ws.database());
        saves.retryFailed();
        runDatabase();
        assertEquals("second", tagging.rows().get(0).noteProperty().get());
        assertEquals("second", stored().get(tagging.rows().get(0).sentence().id()).note());
        assertEquals(SaveStatus.State.SAVED, state());
    }

    @Test
    void anUnchangedNoteWritesNothing() {
        tagging.saveNote("");
        tagging.saveNote("   ");
        assertEquals(0, runDatabase());
        assertEquals(SaveStatus.State.IDLE, state(), "nothing was saved, nothing is pending");
    }

    @Test
    void savingIsShownWhileAnyWriteIsInFlightAndAFailureOutlastsLaterSuccesses() {
        tagging.tagCurrent(claim);
        tagging.moveTo(1);
        tagging.tagCurrent(claim);
        database.poll().run();
        assertEquals(SaveStatus.State.SAVING, state(), "one write still waits");
        database.poll().run();
        assertEquals(SaveStatus.State.SAVED, state());

        StoreFaults.readOnly(ws.database());
        tagging.moveTo(2);
        tagging.tagCurrent(claim);
        runDatabase();
        StoreFaults.writable(ws.database());
        tagging.moveTo(3);
        tagging.tagCurrent(claim);
        runDatabase();
        assertEquals(SaveStatus.State.FAILED, state(), "a later success does not hide an unread failure");
        assertEquals(claim.id(), storedLabel(3));
        assertNull(storedLabel(2));
    }
}
