package dev.sentag.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One open Sentag library: its connection, its schema, and the single thread all its work runs on. What differs
 * between an SQLite file ({@link SqliteBackend}) and a PostgreSQL team library ({@link PostgresBackend}) is asked of
 * the {@link Backend}; the repositories see only this façade.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    /** Extra attempts at a transaction that found the database busy past the busy timeout. */
    private static final int BUSY_RETRIES = 3;

    private final Backend backend;
    /** Replaced only by {@link #reconnectAfter} (a team library whose server went away and came back). */
    private Connection connection;
    /** The connection died and no new one could be had yet: try again before the next piece of work. */
    private boolean lost;
    private final ExecutorService executor;
    /** The work waiting for the database thread (see {@link #othersWaiting}). */
    private final LinkedBlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>();
    private volatile Thread executorThread;
    /** Statements of the keypress's path, prepared once: SQLite compiles a statement anew at every prepare. */
    private final KeptStatements hot = new KeptStatements();
    /** Set when this session may only read (a team member acting as someone else): why writes are refused. */
    private volatile String writesRefused;

    Database(Backend backend, Connection connection) {
        this.backend = backend;
        this.connection = connection;
        this.executor = new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS, waiting, r -> {
            Thread t = new Thread(r, "sentag-db");
            t.setDaemon(true);
            executorThread = t;
            return t;
        });
    }

    /** Opens (creating if needed) the SQLite library at {@code path} and migrates it to the current schema. */
    public static Database open(Path path) {
        return SqliteBackend.open(path);
    }

    /** Opens the library at {@code location}: an SQLite file, or a PostgreSQL database (its password from {@code password}). */
    public static Database open(LibraryLocation location, PasswordSource password) {
        if (location instanceof LibraryLocation.Server server) {
            return PostgresBackend.open(server, password);
        }
        return SqliteBackend.open(((LibraryLocation.File) location).path());
    }

    static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "closing a failed connection", e);
        }
    }

    /** The SQLite file of this library; a team library on a server has none (see {@link #shown()}). */
    public Path path() {
        return backend.file().orElseThrow(() -> new StoreException(backend.shown()
                + " is a team library on a PostgreSQL server, not a file."));
    }

    /** The library as shown to a person: its file, or its URL (never with a password). */
    public String shown() {
        return backend.shown();
    }

    /** Reads the login of a team library again (after {@code sentag team init} made it one). */
    void reloadTeamLogin() {
        read(c -> {
            backend.reloadTeamLogin(c);
            return null;
        });
    }

    /**
     * The documents whose tags another annotator changed since the last call, as the server announced them (a team
     * library); empty for a library file. The first call starts listening. Call it on the database thread.
     */
    public java.util.Set<Long> changedElsewhere() {
        return read(backend::changedElsewhere);
    }

    /** The login of a team library; empty for a one-person SQLite library. */
    public Optional<TeamLogin> teamLogin() {
        return backend.teamLogin();
    }

    /**
     * From now on every write through this library is refused with {@code reason} (bad usage, not a failure):
     * a team member reading as another annotator may not write in their name.
     */
    public void refuseWrites(String reason) {
        this.writesRefused = reason;
    }

    /** Whether this session may write at all ({@link #refuseWrites} was not called). */
    boolean writable() {
        return writesRefused == null;
    }

    /** Whether this library takes snapshots (a team library on PostgreSQL is backed up with pg_dump or sentag copy). */
    public boolean snapshotsSupported() {
        return backend.snapshotsSupported();
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
        return writing(c -> once(work));
    }

    /**
     * Runs {@code work} that is atomic by itself, with {@link #inTransaction}'s refusals, retries and lost-connection
     * handling, on the connection left in autocommit. On PostgreSQL {@code work} must be ONE statement (a data-modifying
     * CTE, say): autocommit makes it its own transaction in one round trip, with no BEGIN or COMMIT sent. On SQLite
     * the backend brackets it in a BEGIN IMMEDIATE … COMMIT prepared once (see {@link Backend#atomically}).
     */
    synchronized <T> T atomically(SqlWork<T> work) {
        return writing(c -> backend.atomically(this, c, work));
    }

    private <T> T writing(SqlWork<T> attemptOnce) {
        if (writesRefused != null) {
            throw new IllegalArgumentException(writesRefused);
        }
        backend.refuseWrites();
        reconnectIfLost();
        for (int attempt = 0; ; attempt++) {
            try {
                T result = attemptOnce.run(connection);
                backend.written();
                return result;
            } catch (SQLException e) {
                hot.forgetAfter(e);
                if (backend.damaged(e)) {
                    throw new StoreException(backend.damageMessage(), e);
                }
                if (backend.retryable(e) && attempt < BUSY_RETRIES) {
                    LOG.log(System.Logger.Level.WARNING, "{0} busy, retrying the transaction ({1})", backend.shown(),
                            attempt + 1);
                    continue;
                }
                throw failure(e);
            }
        }
    }

    /** The exception for a failed statement: a lost connection (a new one is tried at once) is told apart. */
    private StoreException failure(SQLException e) {
        if (backend.connectionLost(e)) {
            reconnectAfter(e);
            return new ConnectionLostException(backend.describe(e), e);
        }
        return new StoreException(backend.describe(e), e);
    }

    /**
     * After the server went away (a restart, a network cut) the connection is dead: the failed change is reported
     * as not saved (it is not run again, since a commit cut off midway may have landed), and a new connection is
     * made, if the server answers again, for the next one.
     */
    private void reconnectAfter(SQLException e) {
        if (!backend.connectionLost(e)) {
            return;
        }
        lost = true;
        try {
            reconnectIfLost();
        } catch (StoreException again) {
            LOG.log(System.Logger.Level.INFO, "{0} cannot be reached yet: {1}", backend.shown(), again.getMessage());
        }
    }

    private void reconnectIfLost() {
        if (!lost) {
            return;
        }
        Connection fresh;
        try {
            fresh = backend.reconnect();
        } catch (StoreException e) {
            throw new ConnectionLostException(e.getMessage(), e); // still lost: the change can wait for the server
        }
        hot.abandon(); // prepared on the connection that died
        closeQuietly(connection);
        connection = fresh;
        lost = false;
        LOG.log(System.Logger.Level.INFO, "{0}: connected again", backend.shown());
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

    /**
     * Writes a snapshot of the whole database to {@code backups/} beside it (keeping the last
     * {@value Snapshots#KEEP}) and returns its path. Call it before any bulk change.
     */
    public synchronized Path snapshot(String reason) {
        try {
            hot.forget();
            return backend.snapshot(connection, reason);
        } catch (SQLException e) {
            throw new StoreException("Cannot take a snapshot of " + backend.shown() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Like {@link #snapshot} but on a read-only connection of its own, so it may run on any thread while
     * tagging goes on.
     */
    public Path snapshotAside(String reason) {
        return backend.snapshotAside(reason);
    }

    public Snapshots snapshots() {
        return backend.snapshots();
    }

    /**
     * Replaces the database's content with {@code snapshot}, after snapshotting the current state, and
     * brings it to the current schema; returns the snapshot of the state before.
     */
    public synchronized Path restore(Path snapshot) {
        SnapshotCheck.verify(snapshot);
        Path before;
        try { // unchecked: a damaged library is what a restore is for, and its state is kept all the same
            hot.forget();
            before = backend.snapshotUnchecked(connection, "before restore");
        } catch (SQLException e) {
            throw new StoreException("Cannot take a snapshot of " + backend.shown() + ": " + e.getMessage(), e);
        }
        try {
            backend.restore(connection, snapshot);
        } catch (SQLException e) {
            throw new StoreException("Restoring " + snapshot.getFileName() + " failed: " + e.getMessage()
                    + "; the state before is in " + before, e);
        }
        LOG.log(System.Logger.Level.INFO, "restored {0} from {1}; previous state in {2}", backend.shown(), snapshot, before);
        return before;
    }

    /**
     * One slice of long work (a folder import), run in one transaction in turn with everything else queued on the
     * database thread, so that a keypress waits for one slice at most. Runs at once when called on that thread.
     */
    <T> T sliceInTransaction(SqlWork<T> work) {
        if (runsHere()) {
            return QuickSlices.run(this, work, true);
        }
        try {
            return executor.submit(() -> QuickSlices.run(this, work, true)).get();
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

    /** Whether work for the database thread runs at once on the caller's: it is that thread, or it is shut down. */
    boolean runsHere() {
        return Thread.currentThread() == executorThread || executor.isShutdown();
    }

    /** Whether other work waits for the database thread (a keypress's tag queued behind a slice of an import, say). */
    boolean othersWaiting() {
        return !waiting.isEmpty();
    }

    /** What differs between SQLite and PostgreSQL, for the store's own helpers ({@link QuickSlices}). */
    Backend backend() {
        return backend;
    }

    /**
     * A statement of the tagging path, prepared on this connection once and kept: call only inside {@link #read} or
     * {@link #inTransaction} work, do not close it, and set every parameter each time (they are cleared here).
     */
    java.sql.PreparedStatement hot(String sql) throws SQLException {
        return hot.get(connection, sql);
    }

    /** Runs read-only {@code work} outside an explicit transaction. */
    synchronized <T> T read(SqlWork<T> work) {
        reconnectIfLost();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            hot.forgetAfter(e);
            if (backend.damaged(e)) {
                throw new StoreException(backend.damageMessage(), e);
            }
            throw failure(e);
        }
    }

    /** Like {@link #read}, but all {@code work} reads is of one instant (a team library: one read-only transaction). */
    synchronized <T> T readConsistently(SqlWork<T> work) {
        return read(c -> backend.readConsistently(c, work));
    }

    /**
     * Reads the whole file for damage on a connection of its own (any thread; writing goes on meanwhile). When it is
     * damaged, writing stops and the message says what to do. The window runs it after it is shown (SQLite only).
     */
    public Optional<String> checkForDamage() {
        return backend.checkForDamage();
    }

    /** The schema version stored in the library. */
    public int schemaVersion() {
        return read(backend::schemaVersion);
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
                hot.forget();
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("Closing " + backend.shown() + " failed: " + e.getMessage(), e);
            }
            backend.released(); // a clean close: the next open of a file need not check the whole of it

        }
    }
}
