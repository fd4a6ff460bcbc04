package dev.sentag.store;

import dev.sentag.model.Document;
import dev.sentag.model.DocumentDraft;
import dev.sentag.model.DocumentSummary;
import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import dev.sentag.model.ImportedTag;
import dev.sentag.model.Sentence;
import dev.sentag.model.SentencePlace;
import dev.sentag.model.SentenceSpan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Documents and their sentences. */
public final class DocumentRepository {
    private final Database db;

    public DocumentRepository(Database db) {
        this.db = db;
    }

    /** Stores a document and all its sentences in one transaction; returns the new document id. */
    public long insert(DocumentDraft draft, String contentHash) {
        return insert(draft, contentHash, List.of());
    }

    /** Stores a document, its sentences and the tags it came with, all in one transaction. */
    public long insert(DocumentDraft draft, String contentHash, List<ImportedTag> tags) {
        return db.inTransaction(c -> insert(c, draft, contentHash, tags));
    }

    /** The insert itself, inside the caller's transaction (one document, or every document of a file). */
    static long insert(Connection c, DocumentDraft draft, String contentHash, List<ImportedTag> tags)
            throws SQLException {
        try (Inserts inserts = new Inserts(c)) {
            return inserts.insert(draft, contentHash, tags);
        }
    }

    /**
     * The statements that store documents, prepared once for many inserts in one transaction: preparing them per
     * document cost a tenth of a 10,000-article import.
     */
    static final class Inserts implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement document;
        private final PreparedStatement sentence;
        private final boolean keysOfBatch;
        private final SentenceTextIndex textIndex;
        /** Set when the find index is left to {@link FindIndexQueue}: the document is queued for it instead. */
        private final PreparedStatement queued;

        Inserts(Connection c) throws SQLException {
            this(c, false);
        }

        /** @param deferIndex queue each document for the find index instead of indexing its sentences now */
        Inserts(Connection c, boolean deferIndex) throws SQLException {
            this.c = c;
            this.document = c.prepareStatement("""
                    INSERT INTO documents (title, source, text, content_hash, imported_at, metadata)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""");
            String insertSentence = """
                    INSERT INTO sentences (document_id, idx, start, "end", excluded) VALUES (?, ?, ?, ?, ?)""";
            // PostgreSQL hands back every id of a batch (ids of concurrent importers may interleave there);
            // SQLite's come from last_insert_rowid() below.
            this.keysOfBatch = SqlDialect.of(c) == SqlDialect.POSTGRES;
            this.sentence = keysOfBatch ? c.prepareStatement(insertSentence, new String[] {"id"})
                    : c.prepareStatement(insertSentence);
            this.textIndex = deferIndex ? null : new SentenceTextIndex(c);
            this.queued = deferIndex ? c.prepareStatement(FindIndexQueue.ADD) : null;
        }

        long insert(DocumentDraft draft, String contentHash, List<ImportedTag> tags) throws SQLException {
            long id;
            document.setString(1, draft.title());
            document.setString(2, draft.source());
            document.setString(3, draft.text());
            document.setString(4, contentHash);
            document.setString(5, Rows.now());
            document.setString(6, draft.metadata().isEmpty() ? null : MetadataJson.write(draft.metadata()));
            try (ResultSet keys = document.executeQuery()) {
                keys.next();
                id = keys.getLong(1);
            }
            int index = 0;
            for (SentenceSpan s : draft.sentences()) {
                sentence.setLong(1, id);
                sentence.setInt(2, index);
                sentence.setInt(3, s.start());
                sentence.setInt(4, s.end());
                sentence.setInt(5, draft.excluded().contains(index++) ? 1 : 0);
                sentence.addBatch();
            }
            sentence.executeBatch();
            if (queued != null) {
                queued.setLong(1, id);
                queued.executeUpdate();
            } else {
                index(draft);
            }
            if (!tags.isEmpty()) {
                ImportedTags.write(c, id, tags);
            }
            return id;
        }

        private void index(DocumentDraft draft) throws SQLException {
            long[] ids = keysOfBatch ? batchKeys(draft.sentences().size()) : consecutiveIds(draft.sentences().size());
            for (int i = 0; i < ids.length; i++) {
                SentenceSpan s = draft.sentences().get(i);
                textIndex.queue(ids[i], draft.text(), s.start(), s.end());
            }
            textIndex.flush();
        }

        /**
         * The batch's rows got consecutive rowids ending at last_insert_rowid() (one connection, one transaction,
         * INTEGER PRIMARY KEY: each new row is the largest rowid + 1), so the index needs no second read of the rows.
         */
        private long[] consecutiveIds(int n) throws SQLException {
            long last = lastRowId();
            long[] ids = new long[n];
            for (int i = 0; i < n; i++) {
                ids[i] = last - n + 1 + i;
            }
            return ids;
        }

        private long[] batchKeys(int n) throws SQLException {
            long[] ids = new long[n];
            try (ResultSet keys = sentence.getGeneratedKeys()) {
                for (int i = 0; i < n; i++) {
                    keys.next();
                    ids[i] = keys.getLong(1);
                }
            }
            return ids;
        }

        private long lastRowId() throws SQLException {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public void close() throws SQLException {
            try (document; sentence; textIndex; queued) {
                // all closed, each even if one before it fails
            }
        }
    }

    /** The document holding exactly this content, if one was imported before. */
    public Optional<DocumentSummary> findByHash(String contentHash) {
        return summaries("WHERE d.content_hash = ?", contentHash, 0).stream().findFirst();
    }

    /** Every listed document's id under its title (titles repeat), in id order: one pass over the library. */
    public Map<String, List<Long>> idsByTitle() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, title FROM documents WHERE deleted_at IS NULL ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                Map<String, List<Long>> out = new HashMap<>();
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString("title"), t -> new ArrayList<>()).add(rs.getLong("id"));
                }
                return out;
            }
        });
    }

    public Optional<Document> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, title, source, text, content_hash, imported_at FROM documents WHERE id = ?""")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Document(rs.getLong("id"), rs.getString("title"), rs.getString("source"),
                            rs.getString("text"), rs.getString("content_hash"), Rows.instant(rs, "imported_at")));
                }
            }
        });
    }

    /** The sentences of a document in order, with their text cut from the document. */
    public List<Sentence> sentences(long documentId) {
        return find(documentId).map(this::sentences).orElse(List.of());
    }

    /** The sentences of a document already read, cut from its text (which is not read again). */
    public List<Sentence> sentences(Document document) {
        String text = document.text();
        return db.read(c -> {
            List<Sentence> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, idx, start, "end", excluded FROM sentences
                    WHERE document_id = ? AND idx IS NOT NULL ORDER BY idx""")) {
                ps.setLong(1, document.id());
                try (ResultSet rs = ps.executeQuery()) {
                    // Columns by position: a 1 MB article has ten thousand rows, and a lookup by name per value
                    // was a fair part of opening it.
                    while (rs.next()) {
                        int start = rs.getInt(3);
                        int end = rs.getInt(4);
                        out.add(new Sentence(rs.getLong(1), document.id(), rs.getInt(2), start, end,
                                text.substring(start, end), rs.getInt(5) == 1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The library list: titles and progress, read at every start. Written so that SQLite answers it from the
     * covering indexes of migration V002 without reading a single document text; a test checks the plan.
     * {@code %s} takes an optional WHERE clause.
     */
    static final String SUMMARIES = """
            SELECT d.id, d.title,
                   (SELECT count(*) FROM sentences s WHERE s.document_id = d.id AND s.idx IS NOT NULL
                      AND s.excluded = 0) AS sentences,
                   (SELECT count(*) FROM sentences s JOIN tags t ON t.sentence_id = s.id
                     WHERE s.document_id = d.id AND s.idx IS NOT NULL AND s.excluded = 0 AND t.annotator_id = ?
                       AND t.label_id IS NOT NULL) AS tagged
            FROM documents d
            %s ORDER BY d.id""";

    /** The WHERE clause of the library list: documents in the trash are not listed (index documents_listed, V005). */
    static final String LISTED = "WHERE d.deleted_at IS NULL";

    /** All documents not in the trash, in import order, with their sentence counts and how many {@code annotatorId} tagged. */
    public List<DocumentSummary> summaries(long annotatorId) {
        return summaries(LISTED, null, annotatorId);
    }

    /**
     * Up to {@code limit} listed documents with ids above {@code afterId}, in id order: one page of the library list.
     * Found through the primary key, so a page costs the same on a library of any size.
     */
    public List<DocumentSummary> summariesAfter(long annotatorId, long afterId, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUMMARIES.formatted(LISTED + " AND d.id > ?") + " LIMIT ?")) {
                ps.setLong(1, annotatorId);
                ps.setLong(2, afterId);
                ps.setInt(3, limit);
                return summaryRows(ps);
            }
        });
    }

    private List<DocumentSummary> summaries(String where, String param, long annotatorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUMMARIES.formatted(where))) {
                ps.setLong(1, annotatorId);
                if (param != null) {
                    ps.setString(2, param);
                }
                return summaryRows(ps);
            }
        });
    }

    private static List<DocumentSummary> summaryRows(PreparedStatement ps) throws SQLException {
        List<DocumentSummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DocumentSummary(rs.getLong("id"), rs.getString("title"),
                        rs.getInt("sentences"), rs.getInt("tagged")));
            }
        }
        return out;
    }

    /**
     * Where a current sentence is, by id; empty if there is none or a repair replaced it. Reads only the
     * sentence row: the document's text (a megabyte for a long article) is not touched on the tagging path.
     */
    public Optional<SentencePlace> place(long sentenceId) {
        return db.read(c -> {
            PreparedStatement ps = db.hot("SELECT id, document_id, idx, excluded FROM sentences WHERE id = ? AND idx IS NOT NULL");
            ps.setLong(1, sentenceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SentencePlace(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getInt(4) == 1)) : Optional.empty();
            }
        });
    }

    /** Where current sentence {@code index} of a document is, found by the (document_id, idx) index. */
    public Optional<SentencePlace> placeAt(long documentId, int index) {
        return onePlace("WHERE document_id = ? AND idx = ?", documentId, index);
    }

    private Optional<SentencePlace> onePlace(String where, long first, Integer second) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, document_id, idx, excluded FROM sentences " + where)) {
                ps.setLong(1, first);
                if (second != null) {
                    ps.setInt(2, second);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new SentencePlace(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                            rs.getInt(4) == 1)) : Optional.empty();
                }
            }
        });
    }

    /** How many current sentences a document has, or -1 if there is no such document. */
    public int sentenceCount(long documentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT (SELECT count(*) FROM sentences s WHERE s.document_id = d.id AND s.idx IS NOT NULL)
                    FROM documents d WHERE d.id = ?""")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            }
        });
    }

    /** The document a sentence belongs to, current or replaced. */
    public long documentOf(long sentenceId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id FROM sentences WHERE id = ?")) {
                ps.setLong(1, sentenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("Sentence " + sentenceId + " is no longer in the database.");
                    }
                    return rs.getLong(1);
                }
            }
        });
    }

    /** What the source said about a document (url, date, ...): empty when it said nothing. */
    public Map<String, Object> metadata(long documentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT metadata FROM documents WHERE id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1) != null ? MetadataJson.read(rs.getString(1)) : Map.of();
                }
            }
        });
    }

    /**
     * Marks a current sentence excluded or included and appends the change to {@code annotatorId}'s
     * history, in one transaction. {@code reverts} names the row an UNDO or REDO acts on.
     */
    public HistoryEntry setExcluded(long sentenceId, boolean excluded, long annotatorId, Action action,
                                    Long reverts) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sentences SET excluded = ? WHERE id = ? AND idx IS NOT NULL")) {
                ps.setInt(1, excluded ? 1 : 0);
                ps.setLong(2, sentenceId);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("Sentence " + sentenceId + " is no longer in the document.");
                }
            }
            Action recorded = action.isCommand() ? (excluded ? Action.EXCLUDE : Action.INCLUDE) : action;
            return TagRepository.appendHistory(c, sentenceId, annotatorId, null, null, recorded, reverts, Rows.now());
        });
    }

    public int count() {
        return db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM documents WHERE deleted_at IS NULL")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
