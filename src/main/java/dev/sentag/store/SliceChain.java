package dev.sentag.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * The slices of one long job (a folder import) on the database thread, each started there as soon as the one before
 * it is through: the caller hands the next slice over while the last one is still being stored, and the database
 * thread goes on to it at once instead of waiting for the caller to wake up, collect the results and submit it (that
 * hand-off left the database thread idle 2–3 ms a slice on this loaded 2-core machine, an eighth of a folder import).
 *
 * <p>A keypress still waits for one slice at most: when other work is queued on the database thread as a slice ends,
 * the slice handed over is queued behind it instead of run. At most one slice waits: the caller hands over the next
 * only after it has collected the one before the running one. Each slice is its own transaction, as with
 * {@link QuickSlices#run}, durable or quick. After a slice fails, the slices handed over are not run (their futures
 * fail) until the caller {@link #resume}s, so that it can store the failed slice's items one by one first and nothing
 * lands out of order.
 */
final class SliceChain {
    private final Database db;
    /** Guarded by this: the slice handed over, to run when the running one is through. */
    private Slice<?> waiting;
    private boolean running;
    private volatile boolean failed;

    SliceChain(Database db) {
        this.db = db;
    }

    /** Stores {@code work} as one transaction after the slices handed over before it; the future fails with its error. */
    <T> CompletableFuture<T> later(SqlWork<T> work, boolean durable) {
        Slice<T> slice = new Slice<>(work, durable);
        synchronized (this) {
            if (running) {
                if (waiting != null) {
                    throw new IllegalStateException("A slice is already waiting for the database thread.");
                }
                waiting = slice;
                return slice.result;
            }
            running = true;
        }
        start(slice);
        return slice.result;
    }

    /** After a failed slice: the slices handed over from now on run again. */
    void resume() {
        failed = false;
    }

    private void start(Slice<?> slice) {
        if (db.runsHere() || !queued(slice)) {
            runFrom(slice);
        }
    }

    /** Queues the chain from {@code slice} on the database thread; false if it is closed (then run it here). */
    private boolean queued(Slice<?> slice) {
        try {
            db.executor().execute(() -> runFrom(slice));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /**
     * On the database thread: this slice, then each one handed over meanwhile while no other work waits. A slice's
     * future is completed only once the next one is taken, so the caller, woken by it, finds the place free for the
     * slice after.
     */
    private void runFrom(Slice<?> first) {
        Slice<?> slice = first;
        while (true) {
            Runnable finish;
            if (failed) {
                finish = slice::refuse;
            } else {
                finish = slice.run(db);
                failed = slice.failed;
            }
            Slice<?> next;
            synchronized (this) {
                next = waiting;
                waiting = null;
                running = next != null;
            }
            finish.run();
            if (next == null || db.othersWaiting() && queued(next)) {
                return; // none waits, or it waits behind a keypress queued meanwhile (the chain goes on there)
            }
            slice = next;
        }
    }

    private static final class Slice<T> {
        private final SqlWork<T> work;
        private final boolean durable;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private boolean failed;

        Slice(SqlWork<T> work, boolean durable) {
            this.work = work;
            this.durable = durable;
        }

        /** Runs the slice; returns what completes its future (with its result or its error). */
        Runnable run(Database db) {
            try {
                T value = QuickSlices.run(db, work, durable);
                return () -> result.complete(value);
            } catch (RuntimeException e) {
                failed = true;
                return () -> result.completeExceptionally(e);
            }
        }

        void refuse() {
            result.completeExceptionally(new StoreException("Not stored: an earlier part of this import failed."));
        }
    }
}
