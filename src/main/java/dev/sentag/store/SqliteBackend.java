package dev.sentag.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded one-person library: one SQLite file. Everything SQLite-only lives here: the pragmas, the file header
 * and damage checks, {@code user_version} migrations, {@code VACUUM INTO} snapshots and the backup API restore, and
 * SQLite's error codes.
 *
 * <p>Pragmas: WAL so readers never block the writer; {@code synchronous=FULL} so that a commit that
 * returned has been fsynced to the WAL and survives a process kill <em>and</em> a power loss (NORMAL
 * would only promise the former; one fsync per tag is cheap next to a human's keystroke rate);
 * foreign keys on; a 5 s busy timeout so a second process writing at the same moment waits instead
 * of failing.
 */
final class SqliteBackend implements Backend {
    private static final System.Logger LOG = System.getLogger(SqliteBackend.class.getName());

    private final Path path;
    private final Snapshots snapshots;
    private final OpenMarker marker;
    private final DamageCheck damage;
    private final WalCheckpoints checkpoints;

    private SqliteBackend(Path path, Snapshots snapshots, OpenMarker marker, DamageCheck damage) {
        this.path = path;
        this.snapshots = snapshots;
        this.marker = marker;
        this.damage = damage;
        this.checkpoints = new WalCheckpoints(path);
    }

    /** Opens (creating if needed) the database at {@code path} and migrates it to the current schema. */
    static Database open(Path path) {
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
        // Off: with it on, sqlite-jdbc runs and closes a "SELECT last_insert_rowid()" after every INSERT through
        // execute or executeUpdate, the keypress's upsert included (~0.01 ms a tag). Sentag reads ids with RETURNING.
        config.setGetGeneratedKeys(false);
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
            WalCheckpoints.bound(c);
            LOG.log(System.Logger.Level.DEBUG, "opened {0}", absolute);
            return new Database(new SqliteBackend(absolute, snapshots, marker, damage), c);
        } catch (SQLException e) {
            Database.closeQuietly(c);
            marker.remove();
            throw new StoreException(describeOpenFailure(absolute, e), e);
        } catch (RuntimeException e) {
            Database.closeQuietly(c);
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

    /** NORMAL in WAL mode: the commit is written to the WAL but not fsynced; the next FULL commit fsyncs it with its own. */
    @Override
    public void beforeQuickCommit(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA synchronous = NORMAL");
        }
    }

    @Override
    public void afterQuickCommit(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA synchronous = FULL");
        }
    }

    @Override
    public String shown() {
        return path.toString();
    }

    @Override
    public Optional<Path> file() {
        return Optional.of(path);
    }

    @Override
    public boolean retryable(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    /** A message naming the file and, where we know it, what the user can do about it. */
    @Override
    public String describe(SQLException e) {
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
        if (retryable(e)) {
            return "Not saved: another program kept " + name + " busy for too long. Try again.";
        }
        return "Database error in " + name + ": " + e.getMessage();
    }

    @Override
    public int schemaVersion(Connection c) throws SQLException {
        return Migrations.version(c);
    }

    @Override
    public boolean snapshotsSupported() {
        return true;
    }

    @Override
    public Path snapshot(Connection c, String reason) throws SQLException {
        damage.beforeSnapshot(c);
        return snapshots.take(c, reason);
    }

    @Override
    public Path snapshotUnchecked(Connection c, String reason) throws SQLException {
        return snapshots.take(c, reason);
    }

    /**
     * A snapshot on a read-only connection of its own, so it may run on any thread while tagging goes on: in WAL
     * mode the copy reads a consistent state without holding up the writer.
     */
    @Override
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

    @Override
    public Snapshots snapshots() {
        return snapshots;
    }

    /**
     * Uses SQLite's backup API into the open database, so the change is atomic and other processes with the file
     * open see either all of the old or all of the new.
     */
    @Override
    public void restore(Connection connection, Path snapshot) throws SQLException {
        ((org.sqlite.SQLiteConnection) connection).getDatabase().restore("main", snapshot.toAbsolutePath().toString(), null);
        Migrations.migrate(connection, path.toString(), c -> null);
        SentenceTextIndex.fillIfPending(connection);
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
        }
        damage.restored();
    }

    @Override
    public void refuseWrites() {
        damage.refuseWrites();
    }

    @Override
    public boolean damaged(SQLException e) {
        return damage.noticed(e);
    }

    @Override
    public String damageMessage() {
        return damage.message();
    }

    @Override
    public Optional<String> checkForDamage() {
        return damage.checkAside();
    }

    @Override
    public void written() {
        checkpoints.written();
    }

    @Override
    public void sliceWritten() {
        checkpoints.sliceWritten();
    }

    @Override
    public void released() {
        checkpoints.close();
        marker.remove();
    }

    /**
     * Brackets {@code work} in BEGIN IMMEDIATE … COMMIT, both prepared once on the connection kept in autocommit:
     * sqlite-jdbc's own commit() compiles and runs a COMMIT and at once a new BEGIN IMMEDIATE (taking the write lock
     * again), and leaving its transaction mode compiles one more COMMIT, on every keypress.
     */
    @Override
    public <T> T atomically(Database db, Connection c, SqlWork<T> work) throws SQLException {
        db.hot("BEGIN IMMEDIATE").execute();
        try {
            T result = work.run(c);
            db.hot("COMMIT").execute();
            return result;
        } catch (SQLException | RuntimeException e) {
            // After SQLITE_FULL or an I/O error SQLite has rolled back by itself and this fails: kept as suppressed.
            try (Statement st = c.createStatement()) {
                st.execute("ROLLBACK");
            } catch (SQLException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
