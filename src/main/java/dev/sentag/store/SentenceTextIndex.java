package dev.sentag.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keeps the full-text index of sentences (table {@code sentence_fts}, migration V007) in step with the sentences.
 * Every path that stores a sentence row calls {@link #add}; the text is cut in Java because sentence offsets are
 * UTF-16 indexes, which SQLite's substr() (counting code points) would get wrong after any character outside the BMP.
 * A sentence's span never changes (merges and splits make new rows), so rows are only ever added; deletions are
 * the trigger's job.
 */
final class SentenceTextIndex implements AutoCloseable {
    static final String PENDING = "sentence_fts_pending";

    private final PreparedStatement insert;
    private final SqlDialect dialect;

    SentenceTextIndex(Connection c) throws SQLException {
        this.dialect = SqlDialect.of(c);
        this.insert = c.prepareStatement(SqlDialect.of(c).textIndexInsert());
    }

    /** Indexes sentence {@code sentenceId}, the span [start, end) of {@code documentText}. */
    void add(long sentenceId, String documentText, int start, int end) throws SQLException {
        insert.setLong(1, sentenceId);
        insert.setString(2, dialect.indexed(documentText.substring(start, end)));
        insert.executeUpdate();
    }

    /** Queues sentence {@code sentenceId} for the next {@link #flush} (one batch per document on import). */
    void queue(long sentenceId, String documentText, int start, int end) throws SQLException {
        insert.setLong(1, sentenceId);
        insert.setString(2, dialect.indexed(documentText.substring(start, end)));
        insert.addBatch();
    }

    void flush() throws SQLException {
        insert.executeBatch();
    }

    /** Queues every sentence row of a document, current or not, for the next {@link #flush}; returns how many. */
    int queueDocument(Connection c, long documentId, String documentText) throws SQLException {
        int queued = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, start, \"end\" FROM sentences WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    queue(rs.getLong(1), documentText, rs.getInt(2), rs.getInt(3));
                    queued++;
                }
            }
        }
        return queued;
    }

    /**
     * One sentence on its own, inside the caller's transaction (a merge or split); left to the queue when its document
     * still waits there ({@link FindIndexQueue} indexes every sentence row of a queued document, this one included).
     */
    static void addOne(Connection c, long documentId, long sentenceId, String documentText, int start, int end)
            throws SQLException {
        if (FindIndexQueue.queued(c, documentId)) {
            return;
        }
        try (SentenceTextIndex index = new SentenceTextIndex(c)) {
            index.add(sentenceId, documentText, start, end);
        }
    }

    /**
     * After a migration to V007, indexes the sentences stored before it, once, in one transaction: a library of
     * 300,000 sentences takes a few seconds on its first open. Does nothing when nothing is pending.
     */
    static void fillIfPending(Connection c) throws SQLException {
        if (!pending(c)) {
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            rebuild(c);
            try (PreparedStatement done = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                done.setString(1, PENDING);
                done.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * Indexes every sentence of every document afresh, inside the caller's transaction (a library just copied):
     * one document's text at a time, so memory does not grow with the library.
     */
    static void rebuild(Connection c) throws SQLException {
        try (SentenceTextIndex index = new SentenceTextIndex(c);
             PreparedStatement clear = c.prepareStatement("DELETE FROM sentence_fts");
             PreparedStatement queue = c.prepareStatement("DELETE FROM find_index_queue");
             PreparedStatement docs = c.prepareStatement("SELECT id, text FROM documents ORDER BY id")) {
            clear.executeUpdate();
            queue.executeUpdate(); // every document is indexed below: one left queued would be indexed twice
            docs.setFetchSize(100); // PostgreSQL, in the copy's transaction: a cursor, not every text in memory at once
            int queued = 0;
            try (ResultSet rs = docs.executeQuery()) {
                while (rs.next()) {
                    // Batches of about 1,000 rows, across documents: one round trip each to a server, not one a document.
                    queued += index.queueDocument(c, rs.getLong(1), rs.getString(2));
                    if (queued >= 1000) {
                        index.flush();
                        queued = 0;
                    }
                }
            }
            index.flush();
        }
    }

    private static boolean pending(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM settings WHERE key = ?")) {
            ps.setString(1, PENDING);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
