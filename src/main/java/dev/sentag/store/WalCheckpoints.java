package dev.sentag.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Takes WAL checkpoints off the keypress, into the pauses between writes. With SQLite's default, the commit that finds
 * the WAL past 1,000 pages copies it into the database file and fsyncs that, inline: the tag that lands there waits
 * several times a commit. A checkpoint on a thread of its own does not block the writer, but it does compete with it
 * for the disk's flushes and the two cores: run while tags are being written it slowed every tag it overlapped (a
 * PASSIVE checkpoint every 64 writes put about one tag in twenty behind one, the bench's p99 at 3–4× a bare upsert).
 * So the checkpoint waits for a pause: {@value #IDLE_MS} ms without a write once {@value #MIN_WRITES} writes have
 * gathered (a person tagging pauses that long between most keypresses), or {@value #LONE_IDLE_MS} ms for fewer. It runs
 * as PASSIVE, on a connection and thread of its own ({@code sentag-checkpoint}), which only checkpoints and never
 * touches data. Writes that never pause (a long {@code tag --stdin}, a folder import) meet the window connection's
 * inline autocheckpoint instead, kept as the hard bound at {@value #INLINE_PAGES} pages so the WAL cannot grow without
 * limit. Crash safety is SQLite's: a checkpoint copies only committed pages.
 *
 * <p>Long work in slices (a folder import, then its find index) writes megabytes a second and never pauses: it would
 * meet that inline bound every second or so, and a keypress queued between two slices would wait behind the
 * 4,000-page copy (the bench's tag during an import: p99 32–51 ms with it, 28–32 ms with a checkpoint aside every 100 ms). So
 * while slices come, the WAL is checkpointed aside every {@value #SLICES_MS} ms, on the same thread, which keeps it well
 * under the bound; an import is throughput work and can share the disk with it.
 */
final class WalCheckpoints {
    private static final System.Logger LOG = System.getLogger(WalCheckpoints.class.getName());
    /** Writes that make a checkpoint after a short pause worth its fsync: a few hundred pages, a few ms to copy. */
    static final int MIN_WRITES = 64;
    /** The pause in the writes after which {@value #MIN_WRITES} or more of them are checkpointed. */
    static final long IDLE_MS = 100;
    /** The pause after which any fewer writes are checkpointed. */
    static final long LONE_IDLE_MS = 2_000;
    /** The inline autocheckpoint of the window's connection, the bound should the writes never pause. */
    static final int INLINE_PAGES = 4_000;
    /** While slices of long work come, how often the WAL is checkpointed aside. */
    static final long SLICES_MS = 100;

    private final Path path;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile long lastWrite;
    private volatile long lastCheckpoint = System.nanoTime();
    private final AtomicBoolean asideQueued = new AtomicBoolean();
    private ScheduledThreadPoolExecutor thread;
    private Connection own;

    WalCheckpoints(Path path) {
        this.path = path;
    }

    /** Sets the hard inline bound on the library's own connection. */
    static void bound(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = " + INLINE_PAGES);
        }
    }

    /** After a committed write (on the database thread): notes it, and starts watching for a pause if none does. */
    void written() {
        lastWrite = System.nanoTime();
        pending.incrementAndGet();
        if (scheduled.compareAndSet(false, true)) {
            schedule(IDLE_MS);
        }
    }

    /**
     * After a committed slice of long work (on the database thread): checkpoints aside at once if the last checkpoint
     * is {@value #SLICES_MS} ms old, without waiting for a pause.
     */
    void sliceWritten() {
        if (System.nanoTime() - lastCheckpoint >= SLICES_MS * 1_000_000 && asideQueued.compareAndSet(false, true)) {
            schedule(0, () -> {
                checkpoint();
                asideQueued.set(false);
            });
        }
    }

    private void schedule(long delayMs) {
        schedule(delayMs, this::look);
    }

    private synchronized void schedule(long delayMs, Runnable task) {
        if (thread == null) {
            thread = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "sentag-checkpoint");
                t.setDaemon(true);
                return t;
            });
            thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }
        if (!thread.isShutdown()) {
            thread.schedule(task, delayMs, TimeUnit.MILLISECONDS);
        }
    }

    /** On the checkpoint thread: checkpoints if the writes have paused long enough, else looks again when they may have. */
    private void look() {
        int writes = pending.get();
        long wanted = writes >= MIN_WRITES ? IDLE_MS : LONE_IDLE_MS;
        long idleMs = (System.nanoTime() - lastWrite) / 1_000_000;
        if (idleMs < wanted) {
            schedule(wanted - idleMs);
            return;
        }
        pending.addAndGet(-writes);
        checkpoint();
        scheduled.set(false);
        // A write that came while this ran found the watch taken: watch for it now.
        if (pending.get() > 0 && scheduled.compareAndSet(false, true)) {
            schedule(IDLE_MS);
        }
    }

    private void checkpoint() {
        lastCheckpoint = System.nanoTime();
        try {
            if (own == null) {
                own = java.sql.DriverManager.getConnection("jdbc:sqlite:" + path);
            }
            try (Statement st = own.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException e) { // not fatal: the inline bound still holds the WAL; next time may succeed
            LOG.log(System.Logger.Level.WARNING, "background checkpoint of {0}: {1}", path, e.getMessage());
        }
    }

    /** Stops the background thread (a watch still waiting is dropped) and closes its connection: the library closes. */
    void close() {
        ScheduledThreadPoolExecutor stopping;
        synchronized (this) {
            stopping = thread;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "a checkpoint of {0} still running at close", path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Database.closeQuietly(own);
        own = null;
    }
}
