package dev.sentag.store;

import dev.sentag.model.DocumentDraft;
import dev.sentag.model.ImportedTag;
import dev.sentag.model.IncomingTag;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/** The writes of one import file (new documents, tags merged into known ones), committed together or not at all. */
public final class ImportWrites {
    private final Database db;

    public ImportWrites(Database db) {
        this.db = db;
    }

    /**
     * What merging one document's tags did. {@code conflicts} are tags kept as they were because the file
     * had another label or note for them; {@code replaced} are tags the file overwrote (only when asked).
     */
    public record MergeCounts(int added, int unchanged, int conflicts, int replaced) {
    }

    /** The writes one import file may make, all inside the same transaction. */
    public interface Batch {
        /** Stores a new document with its sentences and the tags it came with; returns its id. */
        long insert(DocumentDraft draft, String contentHash, List<ImportedTag> tags);

        /**
         * Adds tags to a stored document's current sentences through the tag history. A sentence the
         * annotator already tagged the same way is left alone; one tagged differently is kept unless
         * {@code overwrite}. Fails (and so rolls the whole file back) if a sentence is no longer current.
         */
        MergeCounts merge(long documentId, List<IncomingTag> tags, boolean overwrite);
    }

    /**
     * Runs {@code work} in one transaction. With {@code rollBack} (a dry run) everything it wrote is rolled
     * back and only its result is kept. {@code work} may be run again if another process held the
     * database busy, so it must not keep state of its own between runs.
     */
    @SuppressWarnings("unchecked")
    public <T> T inOneTransaction(boolean rollBack, Function<Batch, T> work) {
        try {
            return db.inTransaction(c -> {
                T result;
                try {
                    result = work.apply(new OnConnection(c));
                } catch (Wrapped w) {
                    throw w.getCause(); // back to SQLException, so the database retries a busy file or names the error
                }
                if (rollBack) {
                    throw new RolledBack(result);
                }
                return result;
            });
        } catch (RolledBack r) {
            return (T) r.result;
        }
    }

    private record OnConnection(Connection c) implements Batch {
        @Override
        public long insert(DocumentDraft draft, String contentHash, List<ImportedTag> tags) {
            try {
                return DocumentRepository.insert(c, draft, contentHash, tags);
            } catch (SQLException e) {
                throw new Wrapped(e);
            }
        }

        @Override
        public MergeCounts merge(long documentId, List<IncomingTag> tags, boolean overwrite) {
            try {
                return MergedTags.merge(c, documentId, tags, overwrite);
            } catch (SQLException e) {
                throw new Wrapped(e);
            }
        }
    }

    /** Carries an SQLException out of a {@link Batch} call, whose signature cannot name java.sql. */
    private static final class Wrapped extends RuntimeException {
        Wrapped(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** Ends a dry run's transaction by rolling it back, carrying out what the run would have done. */
    private static final class RolledBack extends RuntimeException {
        private final transient Object result;

        RolledBack(Object result) {
            super("dry run: rolled back", null, false, false);
            this.result = result;
        }
    }
}
