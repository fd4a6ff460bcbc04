package dev.sentag.store;

/**
 * The transactions of slices of long work on the database thread: a folder import's ({@link SliceChain} hands them
 * there without the caller waiting, so that it prepares the next slice meanwhile) and the find index's
 * ({@link Database#sliceInTransaction}, always durable). Each tells the backend when it has committed (SQLite
 * checkpoints its WAL aside while they come). A slice may commit without waiting for the disk (SQLite: synchronous=NORMAL for that transaction, PostgreSQL:
 * synchronous_commit off), which is safe when a later commit on the same connection that does wait (the import's
 * last slice, or any keypress's in between) comes before anything is reported done: it makes every earlier commit
 * durable too. A killed process loses nothing either way; a power cut at most the slices after the last durable one.
 */
final class QuickSlices {
    private QuickSlices() {
    }

    /**
     * Runs {@code work} as one transaction on the calling thread (the database thread), its commit quick unless durable,
     * and tells the backend a slice was written.
     */
    static <T> T run(Database db, SqlWork<T> work, boolean durable) {
        T result = inTransaction(db, work, durable);
        db.backend().sliceWritten();
        return result;
    }

    private static <T> T inTransaction(Database db, SqlWork<T> work, boolean durable) {
        if (durable) {
            return db.inTransaction(work);
        }
        Backend backend = db.backend();
        synchronized (db) { // nothing else may commit on the connection while its commits do not wait
            db.read(c -> {
                backend.beforeQuickCommit(c);
                return null;
            });
            T result;
            try {
                result = db.inTransaction(c -> {
                    backend.inQuickCommit(c);
                    return work.run(c);
                });
            } catch (RuntimeException e) {
                try {
                    db.read(c -> {
                        backend.afterQuickCommit(c);
                        return null;
                    });
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
            db.read(c -> { // must work: every commit after this one waits for the disk again
                backend.afterQuickCommit(c);
                return null;
            });
            return result;
        }
    }
}
