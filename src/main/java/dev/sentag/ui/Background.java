package dev.sentag.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's one way to run work off the FX thread: service calls run on the library's one database thread and
 * hand the result (or the failure) back on the FX thread, in the order they were submitted. Pure computation that
 * would hold up the database thread (the agreement bootstrap) runs on the compute executor instead. No other ui
 * class starts threads or executors (ArchitectureTest).
 */
public final class Background {
    private static final System.Logger LOG = System.getLogger(Background.class.getName());
    private final Executor worker;
    private final Executor compute;
    private final Executor fx;
    private final Executor alongside;

    /** {@code worker} runs all work, computation too; {@code fx} delivers results (Platform::runLater in the app). */
    public Background(Executor worker, Executor fx) {
        this(worker, worker, fx, worker);
    }

    /** {@code worker} is the database thread, {@code compute} runs work that reads no database, {@code fx} delivers. */
    public Background(Executor worker, Executor compute, Executor fx) {
        this(worker, compute, fx, worker);
    }

    /**
     * As above; {@code alongside} runs long work that commits in slices (a folder import) so that the worker stays free
     * between its slices ({@link #ownThread()} in the app).
     */
    public Background(Executor worker, Executor compute, Executor fx, Executor alongside) {
        this.worker = worker;
        this.compute = compute;
        this.fx = fx;
        this.alongside = alongside;
    }

    /** Runs each task on a new daemon thread: for long work whose database writes queue on the worker in slices. */
    public static Executor ownThread() {
        return task -> {
            Thread t = new Thread(task, "sentag-long-work");
            t.setDaemon(true);
            t.start();
        };
    }

    /**
     * Long work that hands its transactions to the database thread one slice at a time (a folder import): runs
     * alongside the worker, so a keypress queued meanwhile waits for one slice, not the whole import.
     */
    public <T> void runAlongside(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(alongside, work, onSuccess, onFailure);
    }

    /** Runs {@code update} on the FX thread (progress reported from the worker). */
    public void onFx(Runnable update) {
        fx.execute(update);
    }

    /** Runs {@code work} on the database thread; its result or failure is handed to the FX thread. */
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(worker, work, onSuccess, onFailure);
    }

    private <T> void run(Executor on, Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture.supplyAsync(work, on).whenComplete((result, error) -> deliver(result, error, onSuccess, onFailure));
    }

    /**
     * Runs {@code work}, which must not touch the database, on the compute executor; the result or failure is handed
     * to the FX thread unless the returned handle was cancelled first (cancelling interrupts the work).
     */
    public <T> Future<?> compute(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        FutureTask<T> task = new FutureTask<>(work::get) {
            @Override
            protected void done() {
                if (isCancelled()) {
                    return;
                }
                try {
                    deliver(get(), null, onSuccess, onFailure);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof java.util.concurrent.CancellationException)) { // else: superseded
                        deliver(null, e, onSuccess, onFailure);
                    }
                }
            }
        };
        compute.execute(task);
        return task;
    }

    private <T> void deliver(T result, Throwable error, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        fx.execute(() -> {
            if (error == null) {
                onSuccess.accept(result);
            } else {
                Throwable cause = unwrap(error);
                if (cause instanceof IllegalArgumentException) {
                    // Bad input or an expected answer (a merge whose parts carry different labels asks which to
                    // keep), not a fault: one line, as the command line logs it, no stack trace.
                    LOG.log(System.Logger.Level.INFO, "background work refused: " + message(cause));
                } else {
                    // The user sees a one-line message; the log keeps the whole story for whoever diagnoses it.
                    LOG.log(System.Logger.Level.WARNING, "background work failed: " + message(cause), cause);
                }
                onFailure.accept(cause);
            }
        });
    }

    /** Runs {@code task} (a javafx.concurrent.Task, which reports back on the FX thread itself) on the worker. */
    void submit(Runnable task) {
        worker.execute(task);
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** A message for the user: the exception's own when it has one, else its kind. */
    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
