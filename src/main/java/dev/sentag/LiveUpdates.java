package dev.sentag;

import dev.sentag.workspace.Workspace;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * A team library's live view: twice a second the library's own database thread is asked which documents other
 * annotators changed (PostgreSQL LISTEN/NOTIFY, read without a round trip), and the window is told on the FX thread.
 * The timer only hands work to the database thread; it never touches the database itself.
 */
final class LiveUpdates implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LiveUpdates.class.getName());
    static final long PERIOD_MS = 500;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sentag-live");
        t.setDaemon(true);
        return t;
    });

    LiveUpdates(Workspace ws, Consumer<Set<Long>> changedDocuments) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                ws.database().executor().submit(() -> {
                    try {
                        Set<Long> changed = ws.database().changedElsewhere();
                        if (!changed.isEmpty()) {
                            Platform.runLater(() -> changedDocuments.accept(changed));
                        }
                    } catch (dev.sentag.store.ConnectionLostException e) {
                        // The status bar already says the library is offline; twice a second in the log helps nobody.
                        LOG.log(System.Logger.Level.DEBUG, "live updates: " + e.getMessage());
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "live updates: " + e.getMessage(), e);
                    }
                });
            } catch (RejectedExecutionException closing) {
                timer.shutdown();
            }
        }, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
