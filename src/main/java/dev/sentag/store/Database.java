package dev.sentag.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One open Sentag database: its connection, its schema, and the single thread all its work runs on.
 *
 * <p>Pragmas: WAL so readers never block the writer; {@code synchronous=FULL} so that a commit that
 * returned has been fsynced to the WAL and survives a process kill <em>and</em> a power loss (NORMAL
 * would only promise the former; one fsync per tag is cheap next to a human's keystroke rate);
 * foreign keys on; a 5 s busy timeout so a second process writing at the same moment waits instead
 * of failing.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    /** Extra attempts at a transaction that found the database busy past the busy timeout. */
    private static final int BUSY_RETRIES = 3;

    private final Path path;
    private final Connection connection;
    private final Snapshots snapshots;
    private final ExecutorService executor;
    private final OpenMarker marker;
    private final DamageCheck damage;
    private volatile Thread executorThread;
    /** Statements of the keypress's path, prepared once: SQLite compiles a statement anew at every prepare. */
    private final java.util.Map<String, java.sql.PreparedStatement> hot = new java.util.HashMap<>();

    private Database(Path path, Connection connection, Snapshots snapshots, OpenMarker marker, DamageCheck damage) {
        this.path = path;
        this.connection = connection;
        this.snapshots = snapshots;
        this.marker = marker;
        this.damage = damage;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sentag-db");
            t.setDaemon(true);
            executorThread = t;
            return t;
        });
    }

    /** Opens (creating if needed) the database at {@code path} and migrates it to the current schema. */
    public static Database open(Path path) {
        Path absolute = path.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder for the database " + absolute + ": " + e.getMessage(), e);
        }
        FileHeader.check(absolute);
        // journal_mode=WAL is set only after Migrations has accepted the file: switching a file to WAL
        // rewrites its header, and a database from a newer Sentag must be refused byte-for-byte unchanged.
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = null;
        OpenMarker marker = OpenMarker.place(absolute);
        try {
            c = config.createConnection("jdbc:sqlite:" + absolute);
            DamageCheck damage = DamageCheck.atOpen(c, absolute, marker);
            Snapshots snapshots = new Snapshots(absolute);
            Migrations.migrate(c, absolute.toString(), conn -> snapshots.take(conn, "before schema upgrade"));
            SentenceTextIndex.fillIfPending(c);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
            LOG.log(System.Logger.Level.DEBUG, "opened {0}", absolute);
            return new Database(absolute, c, snapshots, marker, damage);
        } catch (SQLException e) {
            closeQuietly(c);
            marker.remove();
            throw new StoreException(describeOpenFailure(absolute, e), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            marker.remove();
            throw e;
        }
    }

    private static String describeOpenFailure(Path path, SQLException e) {
        if (e instanceof SQLiteException se && (se.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
                || se.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT)) {
            return path + " is not a Sentag database or is damaged (" + se.getResultCode().message + ").";
        }
        return "Cannot open the database " + path + ": " + e.getMessage();
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "closing a failed connection", e);
        }
    }

    public Path path() {
        return path;
    }

    /** The one thread database work should run on when the caller must not wait (the GUI). */
    public ExecutorService executor() {
        return executor;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. A transaction that
     * still finds another process writing after the busy timeout is rolled back and run again from the
     * start (safe: work only touches the connection), so "database is locked" does not reach the user.
     */
    synchronized <T> T inTransaction(SqlWork<T> work) {
        damage.refuseWrites();
        for (int attempt = 0; ; attempt++) {
            try {
                return once(work);
            } catch (SQLException e) {
                if (damage.noticed(e)) {
                    throw new StoreException(damage.message(), e);
                }
                if (isBusy(e) && attempt < BUSY_RETRIES) {
                    LOG.log(System.Logger.Level.WARNING, "{0} busy, retrying the transaction ({1})", path, attempt + 1);
                    continue;
                }
                throw new StoreException(describe(e), e);
            }
        }
    }

    private <T> T once(SqlWork<T> work) throws SQLException {
        try {
            connection.setAutoCommit(false); // BEGIN IMMEDIATE: fails at once on a read-only or busy database
        } catch (SQLException e) {
            // sqlite-jdbc has flipped its flag before the BEGIN failed; left so, the next "transaction"
            // would run statement by statement in autocommit.
            backToAutoCommit(e);
            throw e;
        }
        T result;
        try {
            result = work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            // After SQLITE_FULL or an I/O error SQLite has already rolled back by itself, and the clean-up
            // below fails with "no transaction is active": keep it as suppressed, so the user is told the cause.
            try {
                connection.rollback();
            } catch (SQLException cleanup) {
                e.addSuppressed(cleanup);
            }
            backToAutoCommit(e);
            throw e;
        }
        connection.setAutoCommit(true);
        return result;
    }

    private void backToAutoCommit(Exception cause) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException cleanup) {
            cause.addSuppressed(cleanup);
        }
    }

    private static boolean isBusy(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    /** A message naming the file and, where we know it, what the user can do about it. */
    private String describe(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        String name = path.getFileName().toString();
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "Not saved: " + name + " is read-only (" + path + "). Check the file's permissions.";
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return "Not saved: the disk holding " + name + " is full. Free some space and try again.";
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "Not saved: the disk could not write " + name + " (" + e.getMessage() + ").";
        }
        if (isBusy(e)) {
            return "Not saved: another program kept " + name + " busy for too long. Try again.";
        }
        return "Database error in " + name + ": " + e.getMessage();
    }

    /**
     * Writes a snapshot of the whole database to {@code backups/} beside it (keeping the last
     * {@value Snapshots#KEEP}) and returns its path. Call it before any bulk change.
     */
    public synchronized Path snapshot(String reason) {
        try {
            forgetHot();
            damage.beforeSnapshot(connection);
            return snapshots.take(connection, reason);
        } catch (SQLException e) {
            throw new StoreException("Cannot take a snapshot of " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Like {@link #snapshot} but on a read-only connection of its own, so it may run on any thread while
     * tagging goes on: in WAL mode the copy reads a consistent state without holding up the writer.
     */
    public Path snapshotAside(String reason) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection own = config.createConnection("jdbc:sqlite:" + path)) {
            damage.beforeSnapshot(own);
            return snapshots.take(own, reason);
        } catch (SQLException e) {
            throw new StoreException("Cannot take a snapshot of " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public Snapshots snapshots() {
        return snapshots;
    }

    /**
     * Replaces the database's content with {@code snapshot}, after snapshotting the current state, and
     * brings it to the current schema. Uses SQLite's backup API into the open database, so the change is
     * atomic and other processes with the file open see either all of the old or all of the new.
     */
    public synchronized Path restore(Path snapshot) {
        SnapshotCheck.verify(snapshot);
        Path before;
        try { // unchecked: a damaged library is what a restore is for, and its state is kept all the same
            forgetHot();
            before = snapshots.take(connection, "before restore");
        } catch (SQLException e) {
            throw new StoreException("Cannot take a snapshot of " + path.getFileName() + ": " + e.getMessage(), e);
        }
        try {
            ((org.sqlite.SQLiteConnection) connection).getDatabase().restore("main", snapshot.toAbsolutePath().toString(), null);
            Migrations.migrate(connection, path.toString(), c -> null);
            SentenceTextIndex.fillIfPending(connection);
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
            damage.restored();
        } catch (SQLException e) {
            throw new StoreException("Restoring " + snapshot.getFileName() + " failed: " + e.getMessage()
                    + "; the state before is in " + before, e);
        }
        LOG.log(System.Logger.Level.INFO, "restored {0} from {1}; previous state in {2}", path, snapshot, before);
        return before;
    }

    /**
     * One slice of long work (a folder import), run in one transaction in turn with everything else queued on the
     * database thread, so that a keypress waits for one slice at most. Runs at once when called on that thread.
     */
    <T> T sliceInTransaction(SqlWork<T> work) {
        if (Thread.currentThread() == executorThread || executor.isShutdown()) {
            return inTransaction(work);
        }
        try {
            return executor.submit(() -> inTransaction(work)).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the database", e);
        }
    }

    /**
     * A statement of the tagging path, prepared on this connection once and kept: call only inside {@link #read} or
     * {@link #inTransaction} work, do not close it, and set every parameter each time (they are cleared here).
     */
    java.sql.PreparedStatement hot(String sql) throws SQLException {
        java.sql.PreparedStatement ps = hot.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            hot.put(sql, ps);
        }
        ps.clearParameters();
        return ps;
    }

    /**
     * Closes the kept statements (they are prepared again when next used): SQLite counts the kept upsert as a
     * statement in progress, and VACUUM INTO (a snapshot) and a restore refuse to run beside one.
     */
    private void forgetHot() throws SQLException {
        for (var ps : hot.values()) {
            ps.close();
        }
        hot.clear();
    }

    /** Runs read-only {@code work} outside an explicit transaction. */
    synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            if (damage.noticed(e)) {
                throw new StoreException(damage.message(), e);
            }
            throw new StoreException(describe(e), e);
        }
    }

    /**
     * Reads the whole file for damage on a connection of its own (any thread; writing goes on meanwhile). When it is
     * damaged, writing stops and the message says what to do. The window runs it after it is shown.
     */
    public Optional<String> checkForDamage() {
        return damage.checkAside();
    }

    /** The schema version stored in the file. */
    public int schemaVersion() {
        return read(Migrations::version);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "database work still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            try {
                forgetHot();
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("Closing " + path + " failed: " + e.getMessage(), e);
            }
            marker.remove(); // a clean close: the next open need not check the whole file

        }
    }
}
