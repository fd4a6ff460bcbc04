package dev.sentag.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs service calls off the FX thread, on the database's one worker thread, and hands the result
 * (or the failure) back on the FX thread. The order of submission is the order of execution.
 */
public final class Background {
    private static final System.Logger LOG = System.getLogger(Background.class.getName());
    private final Executor worker;
    private final Executor fx;
    private final Executor alongside;

    /** {@code worker} runs the work; {@code fx} delivers results (Platform::runLater in the app). */
    public Background(Executor worker, Executor fx) {
        this(worker, fx, worker);
    }

    /**
     * As above; {@code alongside} runs long work that commits in slices (a folder import) so that the worker stays free
     * between its slices ({@link #ownThread()} in the app).
     */
    public Background(Executor worker, Executor fx, Executor alongside) {
        this.worker = worker;
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

    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(worker, work, onSuccess, onFailure);
    }

    private <T> void run(Executor on, Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture.supplyAsync(work, on).whenComplete((result, error) -> fx.execute(() -> {
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
        }));
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
