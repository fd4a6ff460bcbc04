package dev.sentag.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What differs between the embedded SQLite library and a PostgreSQL team library, behind {@link Database}: where
 * the library is, how its errors read, which failures may be retried, snapshots, the schema version.
 */
interface Backend {
    /** The library as shown to a person: a file path, or a URL without any password. */
    String shown();

    /** The file of an SQLite library; empty for a server. */
    Optional<Path> file();

    /** A transaction that failed this way touched nothing and may be run again from the start. */
    boolean retryable(SQLException e);

    /** One line for the user: what went wrong, naming the library, and where we know it what to do. */
    String describe(SQLException e);

    int schemaVersion(Connection c) throws SQLException;

    /** A snapshot of the whole library on {@code c}; refused where the backend has none. */
    Path snapshot(Connection c, String reason) throws SQLException;

    /** A snapshot on a connection of its own, so it may run on any thread. */
    Path snapshotAside(String reason);

    Snapshots snapshots();

    /** Replaces the content with {@code snapshot} through {@code c} and migrates it. */
    void restore(Connection c, Path snapshot) throws SQLException;

    /** Whether this library keeps snapshots at all (a team library is backed up with pg_dump or sentag copy). */
    boolean snapshotsSupported();

    /** The login of a team library (who the annotator is); empty for a one-person library. */
    default Optional<TeamLogin> teamLogin() {
        return Optional.empty();
    }

    /**
     * The documents whose tags another connection changed since the last call (a team library's LISTEN/NOTIFY);
     * empty where the backend cannot tell (an SQLite file: F5 reads afresh).
     */
    default java.util.Set<Long> changedElsewhere(Connection c) throws SQLException {
        return java.util.Set.of();
    }

    /** Whether {@code e} says the connection itself is gone (the server stopped, the network broke). */
    default boolean connectionLost(SQLException e) {
        return false;
    }

    /** A new connection to the same library, after {@link #connectionLost}; a StoreException if it cannot be had. */
    default Connection reconnect() {
        throw new StoreException(shown() + " cannot be connected to again.");
    }

    /** Reads who is logged in again, after the library became a team library. */
    default void reloadTeamLogin(Connection c) throws SQLException {
    }

    /** A snapshot that skips any damage check (the state before a restore: a damaged library is what it is for). */
    default Path snapshotUnchecked(Connection c, String reason) throws SQLException {
        return snapshot(c, reason);
    }

    /** Throws when writing must stop (an SQLite file found damaged); nothing on a server. */
    default void refuseWrites() {
    }

    /** Whether {@code e} shows a damaged library; if so writing stops from now on. */
    default boolean damaged(SQLException e) {
        return false;
    }

    /** What to tell the user once {@link #damaged} was seen. */
    default String damageMessage() {
        return shown() + " is damaged.";
    }

    /** Reads the whole library for damage on a connection of its own (SQLite); empty when sound or not applicable. */
    default Optional<String> checkForDamage() {
        return Optional.empty();
    }

    /**
     * Runs read-only {@code work} on {@code c} so that all it reads is of one instant, and large results stream
     * rather than land in memory whole (sentag copy). SQLite: as it is (the copy is the only reader and writer
     * of note; a deferred read transaction is not what this connection's IMMEDIATE mode makes).
     */
    default <T> T readConsistently(Connection c, SqlWork<T> work) throws SQLException {
        return work.run(c);
    }

    /**
     * Runs {@code work}, atomic by itself, on {@code c} in autocommit (see {@link Database#atomically}): as it is where
     * autocommit makes one statement a transaction (PostgreSQL); {@code db}'s kept statements serve a backend that
     * must bracket it.
     */
    default <T> T atomically(Database db, Connection c, SqlWork<T> work) throws SQLException {
        return work.run(c);
    }

    /** A slice of long work (an import, the find index) committed: SQLite checkpoints its WAL aside while they come. */
    default void sliceWritten() {
    }

    /** A write committed on the library's connection (SQLite counts them to checkpoint its WAL aside). */
    default void written() {
    }

    /** The library was closed cleanly (SQLite removes its in-use marker). */
    default void released() {
    }

    /**
     * Before a transaction whose commit need not wait for the disk, outside it (an inner slice of a folder import:
     * the import's last slice, and every keypress's commit meanwhile, waits for the disk and so makes it durable too).
     */
    default void beforeQuickCommit(Connection c) throws SQLException {
    }

    /** First thing inside such a transaction. */
    default void inQuickCommit(Connection c) throws SQLException {
    }

    /** After such a transaction (committed or not): commits wait for the disk again. */
    default void afterQuickCommit(Connection c) throws SQLException {
    }
}
