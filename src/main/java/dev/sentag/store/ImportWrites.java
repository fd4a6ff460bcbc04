package dev.sentag.store;

import dev.sentag.model.CodebookLabel;
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

    /** A new document for {@link Slices#insertEachLater}: a draft and the hash of its text. */
    public record NewDocument(DocumentDraft draft, String contentHash) {
    }

    /** What became of one document of {@link Slices#insertEachLater}: its new id, or the copy already in the library. */
    public sealed interface Outcome {
        /** Stored as document {@code id}. */
        record Stored(long id) implements Outcome {
        }

        /** Not stored: the same text is already document {@code id} (also when it came earlier in the same call). */
        record AlreadyStored(long id, String title) implements Outcome {
        }
    }

    /**
     * The slices of one folder import, each storing many documents in ONE transaction on the database thread (a
     * keypress queued meanwhile goes in between two slices). One commit per slice rather than per document: committed
     * one by one, a folder of 10,000 articles spent 80 % of its time waiting for the disk (JFR). The next slice may be
     * handed over while the last is still being stored, and the database thread goes on to it at once ({@link
     * SliceChain}).
     */
    public Slices slices() {
        SliceChain chain = new SliceChain(db);
        return new Slices() {
            @Override
            public java.util.concurrent.CompletableFuture<List<Outcome>> insertEachLater(List<NewDocument> documents,
                                                                                        boolean durable) {
                return chain.later(c -> insertAll(c, documents), durable);
            }

            @Override
            public void resume() {
                chain.resume();
            }
        };
    }

    /** See {@link #slices}. */
    public interface Slices {
        /**
         * Stores the documents in one transaction after the slice handed over before (at most one may wait: hand the
         * next over only once the one before the running one is collected), without waiting for it; the future fails
         * with the StoreException. All or nothing: on any failure nothing of the slice is stored and the exception
         * says why, so the caller can fall back to one transaction per document and name the one that fails; the
         * slices handed over after a failed one are not stored (their futures fail) until {@link #resume}. Unless
         * {@code durable}, the commit does not wait for the disk, and the caller must end the import with a durable
         * slice (which makes this one durable too) before it reports anything done.
         */
        java.util.concurrent.CompletableFuture<List<Outcome>> insertEachLater(List<NewDocument> documents,
                                                                             boolean durable);

        /** Stores slices again after a failed one (call once its documents, and those refused since, are dealt with). */
        void resume();
    }

    private static List<Outcome> insertAll(Connection c, List<NewDocument> documents) throws SQLException {
        List<Outcome> out = new java.util.ArrayList<>(documents.size());
        java.util.Map<String, Outcome.AlreadyStored> known = alreadyStored(c, documents);
        try (var inserts = new DocumentRepository.Inserts(c, true)) {
            for (NewDocument d : documents) {
                Outcome.AlreadyStored there = known.get(d.contentHash());
                if (there != null) {
                    out.add(there);
                } else {
                    long id = inserts.insert(d.draft(), d.contentHash(), List.of());
                    out.add(new Outcome.Stored(id));
                    known.put(d.contentHash(), new Outcome.AlreadyStored(id, d.draft().title()));
                }
            }
        }
        return out;
    }

    /** The documents of the library with the text of one of {@code documents}, by hash: one query for the slice. */
    private static java.util.Map<String, Outcome.AlreadyStored> alreadyStored(Connection c, List<NewDocument> documents)
            throws SQLException {
        java.util.Map<String, Outcome.AlreadyStored> known = new java.util.HashMap<>();
        if (documents.isEmpty()) {
            return known;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(documents.size(), "?"));
        try (var find = c.prepareStatement("SELECT content_hash, id, title FROM documents WHERE content_hash IN ("
                + marks + ")")) {
            for (int i = 0; i < documents.size(); i++) {
                find.setString(i + 1, documents.get(i).contentHash());
            }
            try (var rs = find.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), new Outcome.AlreadyStored(rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return known;
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

        /**
         * Adds the labels of an imported codebook (a jsonl-docs export's) that this codebook lacks, matched by
         * name, so the file's tags can land; labels here are left as they are.
         */
        void addMissingLabels(List<CodebookLabel> labels, String source);

        /**
         * Adds the links and speakers an imported document brought; {@code sentenceIds} maps its sentence positions
         * to stored sentences (null: the positions are the document's indexes). Returns how many were added.
         */
        int links(long documentId, dev.sentag.model.ImportedLinks links, java.util.Map<Integer, Long> sentenceIds,
                  boolean overwrite);
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
        public void addMissingLabels(List<CodebookLabel> labels, String source) {
            try {
                CodebookRepository.addMissing(c, labels, source);
            } catch (SQLException e) {
                throw new Wrapped(e);
            }
        }

        @Override
        public int links(long documentId, dev.sentag.model.ImportedLinks links, java.util.Map<Integer, Long> sentenceIds,
                         boolean overwrite) {
            try {
                return ImportedLinkRows.write(c, documentId, links, sentenceIds, overwrite);
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
