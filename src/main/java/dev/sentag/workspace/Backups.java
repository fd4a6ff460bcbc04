package dev.sentag.workspace;

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

    /** Snapshots of this library, oldest first. */
    public List<Path> list() {
        return database.snapshots().list();
    }

    public Path folder() {
        return database.snapshots().folder();
    }

    /** Replaces the library with {@code snapshot}; returns the snapshot of the state it replaced. */
    public Path restore(Path snapshot) {
        Path before = database.restore(snapshot);
        afterRestore.run();
        return before;
    }

    /** The once-a-day snapshot on start; skipped for a library created just now (nothing to keep yet). */
    void dailyOnStart(boolean existedBefore) {
        if (existedBefore && database.snapshots().dailyDue()) {
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
