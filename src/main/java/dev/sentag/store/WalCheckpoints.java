package dev.sentag.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Takes WAL checkpoints off the keypress. With SQLite's default, the commit that finds the WAL past 1,000 pages copies
 * it into the database file and fsyncs that, inline: the tag that lands there waits several times a commit (a tag
 * writes about twice the pages of a bare upsert, so it meets one twice as often). Here every {@value #EVERY_WRITES}
 * writes a PASSIVE checkpoint runs on a connection and thread of its own, which never blocks the writer nor waits for
 * it; the window's connection keeps SQLite's inline autocheckpoint only as the hard bound, at {@value #INLINE_PAGES}
 * pages, so the WAL cannot grow without limit when the background checkpoints fall behind (a long {@code tag --stdin},
 * a folder import whose transactions are large). Crash safety is SQLite's: a checkpoint copies only committed pages.
 */
final class WalCheckpoints {
    private static final System.Logger LOG = System.getLogger(WalCheckpoints.class.getName());
    /** Writes between background checkpoints: a few hundred pages of tags, a few milliseconds to copy. */
    static final int EVERY_WRITES = 64;
    /** The inline autocheckpoint of the window's connection, the bound should the background fall behind. */
    static final int INLINE_PAGES = 4_000;

    private final Path path;
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService thread;
    private Connection own;
    private int writes;

    WalCheckpoints(Path path) {
        this.path = path;
    }

    /** Sets the hard inline bound on the library's own connection. */
    static void bound(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = " + INLINE_PAGES);
        }
    }

    /** After a committed write (on the database thread): every {@value #EVERY_WRITES}th starts a background checkpoint. */
    synchronized void written() {
        if (++writes < EVERY_WRITES || !running.compareAndSet(false, true)) {
            return;
        }
        writes = 0;
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "sentag-checkpoint");
                t.setDaemon(true);
                return t;
            });
        }
        thread.execute(this::checkpoint);
    }

    private void checkpoint() {
        try {
            if (own == null) {
                own = java.sql.DriverManager.getConnection("jdbc:sqlite:" + path);
            }
            try (Statement st = own.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException e) { // not fatal: the inline bound still holds the WAL; next time may succeed
            LOG.log(System.Logger.Level.WARNING, "background checkpoint of {0}: {1}", path, e.getMessage());
        } finally {
            running.set(false);
        }
    }

    /** Stops the background thread and closes its connection (the library is closing). */
    synchronized void close() {
        if (thread == null) {
            return;
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "a checkpoint of {0} still running at close", path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Database.closeQuietly(own);
        own = null;
    }
}
