package dev.sentag.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    private final Path path;
    private final Connection connection;
    private final ExecutorService executor;

    private Database(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sentag-db");
            t.setDaemon(true);
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
        // journal_mode=WAL is set only after Migrations has accepted the file: switching a file to WAL
        // rewrites its header, and a database from a newer Sentag must be refused byte-for-byte unchanged.
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + absolute);
            Migrations.migrate(c, absolute.toString());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
            LOG.log(System.Logger.Level.DEBUG, "opened {0}", absolute);
            return new Database(absolute, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(describeOpenFailure(absolute, e), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
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

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Database error in " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Runs read-only {@code work} outside an explicit transaction. */
    synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Database error in " + path.getFileName() + ": " + e.getMessage(), e);
        }
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
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("Closing " + path + " failed: " + e.getMessage(), e);
            }
        }
    }
}
