package dev.sentag.ui;

import dev.sentag.annotate.AnnotationService;
import java.util.ArrayList;
import java.util.List;
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
    private final AnnotationService service;
    private final Background background;
    private final DocumentState state;
    private final SaveStatus status = new SaveStatus();
    private final LatencyStats latency = new LatencyStats();
    private final List<Runnable> failed = new ArrayList<>();
    private final ReadOnlyIntegerWrapper retryable = new ReadOnlyIntegerWrapper(this, "retryable");

    SaveQueue(AnnotationService service, Background background, DocumentState state) {
        this.service = service;
        this.background = background;
        this.state = state;
        // Once the user has read a failure and let it go, its put-back stands: nothing is retried behind their back.
        status.stateProperty().addListener((obs, o, s) -> {
            if (o == SaveStatus.State.FAILED && s != SaveStatus.State.FAILED) {
                forgetFailed();
            }
        });
    }

    /** Shows {@code wanted} on {@code row} at once and queues its write; a failed write puts the old label back. */
    void tag(SentenceRow row, Long wanted) {
        Long before = row.labelId();
        long started = System.nanoTime();
        state.setLabel(row, wanted);
        status.started();
        background.run(() -> service.tag(row.sentence().id(), wanted), outcome -> {
            latency.record(System.nanoTime() - started);
            status.succeeded();
        }, e -> {
            if (Objects.equals(row.labelId(), wanted)) {
                state.setLabel(row, before);
                keep(() -> {
                    if (Objects.equals(row.labelId(), before)) { // not changed again since: the user still wants it
                        tag(row, wanted);
                    }
                });
            }
            status.failed("Not saved — sentence " + (row.sentence().index() + 1) + " was put back: "
                    + Background.message(e));
        });
    }

    /** Shows the note at once and queues its write; a failed write puts the old note back. */
    void note(SentenceRow row, String note) {
        String before = row.noteProperty().get();
        String clean = note == null ? "" : note.strip();
        if (clean.equals(before)) {
            return;
        }
        row.noteProperty().set(clean);
        status.started();
        background.run(() -> {
            service.note(row.sentence().id(), clean);
            return null;
        }, ok -> status.succeeded(), e -> {
            row.noteProperty().set(before);
            keep(() -> {
                if (Objects.equals(row.noteProperty().get(), before)) {
                    note(row, clean);
                }
            });
            status.failed("Note not saved: " + Background.message(e));
        });
    }

    /**
     * Queues any other change (undo, a merge, many tags at once); {@code done} gets its result once committed.
     * A failure is reported as "{@code failure}: reason" unless {@code answered} takes it as an expected answer.
     */
    <T> void change(Supplier<T> work, Consumer<T> done, String failure, java.util.function.Predicate<Throwable> answered) {
        status.started();
        background.run(work, result -> {
            status.succeeded();
            done.accept(result);
        }, e -> {
            if (answered.test(e)) {
                status.succeeded();
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
        List<Runnable> again = List.copyOf(failed);
        failed.clear();
        retryable.set(0);
        status.dismiss();
        again.forEach(Runnable::run);
        return true;
    }

    private void keep(Runnable retry) {
        failed.add(retry);
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

    public SaveStatus status() {
        return status;
    }

    public LatencyStats latency() {
        return latency;
    }
}
