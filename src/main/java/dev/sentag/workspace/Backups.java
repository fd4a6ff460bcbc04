package dev.sentag.workspace;

import dev.sentag.model.RestoreLoss;
import dev.sentag.store.SnapshotComparison;

import dev.sentag.store.Database;
import dev.sentag.store.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Snapshots of the open library: taking one, listing them, restoring one. Shared by the GUI and the CLI. */
public final class Backups {
    private static final System.Logger LOG = System.getLogger(Backups.class.getName());
    private final Database database;
    private final Runnable afterRestore;

    Backups(Database database, Runnable afterRestore) {
        this.database = database;
        this.afterRestore = afterRestore;
    }

    /** Takes a snapshot now; call before any bulk change (folder import, label rename, repair across a document). */
    public Path take(String reason) {
        return database.snapshot(reason);
    }

    /**
     * The snapshot before a bulk change, where the library keeps snapshots; a team library on PostgreSQL has the
     * server's backups instead, and the change goes ahead without one. Returns the snapshot, if one was taken.
     */
    public Optional<Path> takeIfKept(String reason) {
        return ifKept(reason, () -> take(reason));
    }

    /**
     * Like {@link #takeIfKept} on a read-only connection of its own (WAL: the copy holds no one up), for before long
     * work that runs alongside tagging (a folder import): keypresses are saved while it copies.
     */
    public Optional<Path> takeAsideIfKept(String reason) {
        return ifKept(reason, () -> database.snapshotAside(reason));
    }

    private Optional<Path> ifKept(String reason, java.util.function.Supplier<Path> snapshot) {
        if (!database.snapshotsSupported()) {
            LOG.log(System.Logger.Level.INFO, "no snapshot {0} of {1}: a team library is backed up by its server",
                    reason, database.shown());
            return Optional.empty();
        }
        return Optional.of(snapshot.get());
    }

    /** Snapshots of this library, oldest first (none for a team library). */
    public List<Path> list() {
        if (!database.snapshotsSupported()) {
            return List.of();
        }
        return database.snapshots().list();
    }

    public Path folder() {
        return database.snapshots().folder();
    }

    /** What restoring {@code snapshot} would lose (tags and notes per annotator, documents); changes nothing. */
    public RestoreLoss lossIfRestored(Path snapshot) {
        return new SnapshotComparison(database).loss(snapshot);
    }

    /**
     * On quit: a snapshot when anything changed since the newest one (or there is none yet and the library holds
     * something); returns it, or empty when nothing needed keeping.
     */
    public Optional<Path> onQuit() {
        if (!database.snapshotsSupported()) {
            return Optional.empty();
        }
        var changed = new SnapshotComparison(database).lastChange();
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        var latest = database.snapshots().latest();
        try {
            if (latest.isPresent() && !Files.getLastModifiedTime(latest.get()).toInstant().isBefore(changed.get())) {
                return Optional.empty();
            }
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.INFO, "cannot read the time of " + latest.get() + "; taking a snapshot", e);
        }
        return Optional.of(database.snapshot("on quit"));
    }

    /** Replaces the library with {@code snapshot}; returns the snapshot of the state it replaced. */
    public Path restore(Path snapshot) {
        Path before = database.restore(snapshot);
        afterRestore.run();
        return before;
    }

    /** The once-a-day snapshot on start; skipped for a library created just now (nothing to keep yet). */
    void dailyOnStart(boolean existedBefore) {
        if (existedBefore && database.snapshotsSupported() && database.snapshots().dailyDue()) {
            database.snapshotAside("daily");
        }
    }

    /** The newest snapshot of the database at {@code db}, which need not open (for the can't-open dialog). */
    public static Optional<Path> latestOf(Path db) {
        return new Snapshots(db).latest();
    }

    /**
     * For a database that cannot be opened: sets the file aside unchanged and puts a copy of {@code snapshot}
     * in its place; returns where the damaged file now is.
     */
    public static Path restoreOverUnopenable(Path db, Path snapshot) {
        Path aside = new Snapshots(db).restoreOverUnopenable(snapshot);
        LOG.log(System.Logger.Level.INFO, "{0} restored from {1}", db, snapshot);
        return aside;
    }

    static boolean hasContent(Path db) {
        try {
            return Files.isRegularFile(db) && Files.size(db) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
