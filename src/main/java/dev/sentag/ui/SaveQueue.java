package dev.sentag.ui;

import dev.sentag.annotate.OutageQueue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * How the window's writes reach the database: each is handed to the library's one database thread in the order
 * the user made it (so the last key wins), the status says Saving… until it committed, and a failed write is put
 * back on screen, reported, and kept so that the user can retry it once the cause is gone.
 */
public final class SaveQueue {
    private final Background background;
    private final DocumentState state;
    private final SaveStatus status = new SaveStatus();
    private final LatencyStats latency = new LatencyStats();
    private final Map<Key, Runnable> failed = new LinkedHashMap<>();
    private final Map<Key, Object> committed = new HashMap<>();
    private final Map<Key, Integer> inFlight = new HashMap<>();
    private final ReadOnlyIntegerWrapper retryable = new ReadOnlyIntegerWrapper(this, "retryable");
    private final OutageReplay outage;

    SaveQueue(OutageQueue outages, Background background, DocumentState state) {
        this.background = background;
        this.state = state;
        this.outage = new OutageReplay(outages, background, status);
        // Once the user has read a failure and let it go, its put-back stands: nothing is retried behind their back.
        status.stateProperty().addListener((obs, o, s) -> {
            if (o == SaveStatus.State.FAILED && s != SaveStatus.State.FAILED) {
                forgetFailed();
            }
        });
    }

    /** Shows {@code wanted} on {@code row} at once and queues its write; a failed write puts the saved label back. */
    void tag(SentenceRow row, Long wanted) {
        Key key = new Key("tag", row);
        long started = System.nanoTime();
        Long before = row.labelId();
        begin(key, before);
        state.setLabel(row, wanted);
        status.started();
        var s = row.sentence();
        background.run(() -> outage.queue().tag(s.documentId(), s.id(), s.index(), wanted, before), written -> {
            end(key, true, wanted); // written, or kept for the server: either way the user's choice stays on screen
            if (written == OutageQueue.Written.QUEUED) {
                outage.kept();
                return;
            }
            latency.record(System.nanoTime() - started);
            status.succeeded();
        }, e -> {
            Long saved = (Long) end(key, false, wanted);
            if (Objects.equals(row.labelId(), wanted)) { // else a later key of the user's is on its way
                state.setLabel(row, saved);
                keep(key, () -> {
                    if (Objects.equals(row.labelId(), saved)) { // not changed again since: the user still wants it
                        tag(row, wanted);
                    }
                });
            }
            status.failed("Not saved — sentence " + (row.sentence().index() + 1) + " was put back: "
                    + Background.message(e));
        });
    }

    /** Shows the note at once and queues its write; a failed write puts the saved note back. */
    void note(SentenceRow row, String note) {
        String clean = note == null ? "" : note.strip();
        if (clean.equals(row.noteProperty().get())) {
            return;
        }
        Key key = new Key("note", row);
        begin(key, row.noteProperty().get());
        row.noteProperty().set(clean);
        status.started();
        var s = row.sentence();
        background.run(() -> outage.queue().note(s.documentId(), s.id(), s.index(), clean), written -> {
            end(key, true, clean);
            if (written == OutageQueue.Written.QUEUED) {
                outage.kept();
            } else {
                status.succeeded();
            }
        }, e -> {
            String saved = (String) end(key, false, clean);
            if (Objects.equals(row.noteProperty().get(), clean)) {
                row.noteProperty().set(saved);
                keep(key, () -> {
                    if (Objects.equals(row.noteProperty().get(), saved)) {
                        note(row, clean);
                    }
                });
            }
            status.failed("Note not saved: " + Background.message(e));
        });
    }

    /** U: shows the unsure mark at once ({@code restyle} redraws the row) and queues its write; a failure puts it back. */
    void unsure(SentenceRow row, boolean wanted, Runnable restyle) {
        row.unsureProperty().set(wanted);
        restyle.run();
        status.started();
        var s = row.sentence();
        background.run(() -> outage.queue().unsure(s.documentId(), s.id(), s.index(), wanted), written -> {
            if (written == OutageQueue.Written.QUEUED) {
                outage.kept();
            } else {
                status.succeeded();
            }
        }, e -> {
            row.unsureProperty().set(!wanted);
            restyle.run();
            status.failed("Unsure mark not saved: " + Background.message(e));
        });
    }

    /**
     * Undo ({@code forward} false) or redo; {@code shown} gets what changed. While changes wait for the server, the
     * latest tag, link or speaker kept is taken back (or made again) on screen ({@code keptShown} for a link or
     * speaker) and the step is kept too; anything else is refused with the reason, nothing changed.
     */
    void history(boolean forward, Consumer<dev.sentag.annotate.Change> shown, Consumer<OutageQueue.Step> keptShown) {
        status.started();
        background.run(() -> forward ? outage.queue().redo() : outage.queue().undo(), step -> {
            if (step.refused() != null) {
                status.failed(step.refused());
                return;
            }
            step.change().ifPresent(shown);
            if (step.written() == OutageQueue.Written.QUEUED) {
                keptShown.accept(step);
                outage.kept();
            } else {
                status.succeeded();
            }
        }, e -> status.failed("Undo/redo failed: " + Background.message(e)));
    }

    /** A row's label or note: what a write changes, and what a put-back restores. */
    private record Key(String kind, SentenceRow row) {
    }

    /** A write of {@code key} starts; with none in flight yet, {@code shown} is what the library holds. */
    private void begin(Key key, Object shown) {
        if (inFlight.merge(key, 1, Integer::sum) == 1) {
            committed.put(key, shown);
        }
    }

    /** A write of {@code key} ended; returns what the library now holds for it (the value to put back). */
    private Object end(Key key, boolean ok, Object written) {
        if (ok) {
            committed.put(key, written);
        }
        Object saved = committed.get(key);
        if (inFlight.merge(key, -1, Integer::sum) == 0) {
            inFlight.remove(key);
            committed.remove(key);
        }
        return saved;
    }

    /**
     * Queues any other change (undo, a merge, many tags at once); {@code done} gets its result once committed.
     * A failure is reported as "{@code failure}: reason" unless {@code answered} takes it as an expected answer.
     */
    <T> void change(Supplier<T> work, Consumer<T> done, String failure, java.util.function.Predicate<Throwable> answered) {
        int waiting = outage.waitingProperty().get();
        if (waiting > 0) { // run now, it would come before changes the user made earlier
            status.started();
            status.failed(failure + ": " + waiting + (waiting == 1 ? " change" : " changes")
                    + " made while the server was away must be written first; try again once the status says Saved.");
            return;
        }
        status.started();
        background.run(work, result -> {
            status.succeeded();
            done.accept(result);
        }, e -> {
            if (answered.test(e)) {
                status.succeeded();
            } else if (OutageQueue.serverAway(Background.unwrap(e))) {
                // Merges, splits, exclusions and many tags at once are not kept for later: say so, short enough to read
                // whole in the status bar (it names the server already).
                status.failed(failure + ": the server cannot be reached, so this was not done; try again once it is back.");
            } else {
                status.failed(failure + ": " + Background.message(e));
            }
        });
    }

    /** Writes again, in their order, the tags and notes that failed and were put back; false if there were none. */
    public boolean retryFailed() {
        if (failed.isEmpty()) {
            return false;
        }
        List<Runnable> again = List.copyOf(failed.values());
        failed.clear();
        retryable.set(0);
        status.dismiss();
        again.forEach(Runnable::run);
        return true;
    }

    /** Keeps the latest failed write of {@code key} for a retry, in the order of the failures. */
    private void keep(Key key, Runnable retry) {
        failed.remove(key);
        failed.put(key, retry);
        retryable.set(failed.size());
    }

    private void forgetFailed() {
        failed.clear();
        retryable.set(0);
    }

    /** How many failed writes a retry would make again. */
    public ReadOnlyIntegerProperty retryableProperty() {
        return retryable.getReadOnlyProperty();
    }

    /** The changes kept while a team library's server is away, and their replay once it is back. */
    public OutageReplay outage() {
        return outage;
    }

    public SaveStatus status() {
        return status;
    }

    public LatencyStats latency() {
        return latency;
    }
}
