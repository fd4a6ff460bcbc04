package dev.sentag.ui;

import dev.sentag.annotate.OutageQueue;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.util.Duration;

/**
 * The window's side of the outage queue: while changes wait for the team library's server, the status bar says how
 * many, and every few seconds a replay is tried on the database thread (a pause on the FX thread's clock, not a
 * thread of its own); once the server is back they are written in order, the status says so, and each change the
 * server refused is reported as a failure that stays until read.
 */
public final class OutageReplay {
    /** How long to wait between attempts to reach the server again. */
    static final Duration RETRY = Duration.seconds(3);

    private final OutageQueue queue;
    private final Background background;
    private final SaveStatus status;
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper(this, "waiting");
    /** Runs its argument a few seconds later on the FX thread; a seam for view-model tests, which run it themselves. */
    private Consumer<Runnable> later = this::afterPause;
    private PauseTransition pause; // made when first needed: an animation needs the FX toolkit
    private boolean scheduled;
    private boolean replaying;
    private Runnable rereadOpen = () -> { };
    /** Replaying what a crashed session kept: the article on screen may have been read before, so it is read again. */
    private boolean fromCrash;

    OutageReplay(OutageQueue queue, Background background, SaveStatus status) {
        this.queue = queue;
        this.background = background;
        this.status = status;
    }

    /** Tests: {@code retry} gets the next attempt instead of the FX clock. */
    void retryWith(Consumer<Runnable> retry) {
        this.later = retry;
    }

    private void afterPause(Runnable then) {
        if (pause == null) {
            pause = new PauseTransition(RETRY);
        }
        pause.setOnFinished(e -> then.run());
        pause.playFromStart();
    }

    OutageQueue queue() {
        return queue;
    }

    /**
     * Called when the screen may differ from the library after a replay (a change refused, or changes of a crashed
     * session written): the open document is read again.
     */
    void onReread(Runnable reload) {
        this.rereadOpen = reload;
    }

    /** A write was kept for the server: say so, and try again in a few seconds. */
    void kept() {
        waiting.set(queue.waiting());
        status.offline(waiting.get(), queue.server(), true);
        schedule();
    }

    /**
     * Replays a journal a crashed app left (call once the window shows); nothing happens when none waits.
     */
    public void resume() {
        if (queue.waiting() > 0) {
            waiting.set(queue.waiting());
            status.offline(waiting.get(), queue.server(), false);
            fromCrash = true;
            replayNow();
        }
    }

    private void schedule() {
        if (!replaying && !scheduled) {
            scheduled = true;
            later.accept(() -> {
                scheduled = false;
                replayNow();
            });
        }
    }

    /** Writes the waiting changes now (on the database thread); keeps trying every few seconds while some wait. */
    public void replayNow() {
        if (replaying) {
            return;
        }
        replaying = true;
        background.run(queue::replay, this::replayed, e -> {
            replaying = false;
            status.failed("Changes kept during the outage could not be written: " + Background.message(e)
                    + " — they stay kept and are tried again");
            schedule();
        });
    }

    private void replayed(OutageQueue.Replay replay) {
        replaying = false;
        waiting.set(replay.waiting());
        Consumer<String> report = status::failed;
        boolean reread = !replay.refused().isEmpty() || fromCrash && replay.written() > 0;
        fromCrash = fromCrash && replay.waiting() > 0;
        if (reread) {
            rereadOpen.run();
        }
        if (!replay.refused().isEmpty()) {
            report.accept(String.join("\n", replay.refused().stream().map(OutageQueue.Refusal::shown).toList()));
        }
        if (replay.waiting() > 0) {
            status.offline(replay.waiting(), queue.server(), false);
            schedule();
            return;
        }
        int written = replay.written() + replay.alreadyThere();
        status.back("Saved — " + written + (written == 1 ? " change" : " changes") + " written now that "
                + queue.server() + " is back");
    }

    /** How many changes wait for the server (0 when none). */
    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }
}
