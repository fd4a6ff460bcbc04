package dev.sentag.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The find index's to-do list (table {@code find_index_queue}, V010): a folder import stores its documents without
 * indexing their sentences and queues them here in the same transaction; they are indexed afterwards, a slice of
 * about {@value #SLICE_MILLIS} ms per transaction on the database thread, each document taken off the list in the
 * transaction that indexed it. So the list is always exactly the documents find cannot see yet: a library closed
 * halfway keeps the rest for its next use, and find can say how far the index is.
 */
public final class FindIndexQueue {
    static final String ADD = "INSERT INTO find_index_queue (document_id) VALUES (?)";
    /** A keypress queued meanwhile waits for one slice at most (the issue allows 50 ms). */
    static final long SLICE_MILLIS = 15;
    /** Few enough documents that a slice's texts stay small in memory. */
    private static final int MAX_SLICE = 500;

    private final Database db;
    /** Documents in the next slice (database thread only). */
    private final SliceSize sliceSize = new SliceSize(8, 1, MAX_SLICE, SLICE_MILLIS * 1_000_000);

    public FindIndexQueue(Database db) {
        this.db = db;
    }

    /** How many documents wait to be indexed for find (0: find sees every document). */
    public int waiting() {
        return db.read(FindIndexQueue::count);
    }

    /**
     * Indexes the next waiting documents in one transaction, in turn with the other work on the database thread, and
     * returns how many still wait. A slice is as many documents as took about {@value #SLICE_MILLIS} ms last time, all
     * sent in one batch (one round trip to a server, not one a document).
     */
    public int indexSlice() {
        return db.sliceInTransaction(c -> {
            long start = System.nanoTime();
            int n = sliceSize.get();
            List<Queued> next = new ArrayList<>(n);
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT q.document_id, d.text FROM find_index_queue q JOIN documents d ON d.id = q.document_id
                    ORDER BY q.document_id LIMIT ?""")) {
                ps.setInt(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        next.add(new Queued(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
            try (SentenceTextIndex index = new SentenceTextIndex(c);
                 PreparedStatement done = c.prepareStatement("DELETE FROM find_index_queue WHERE document_id = ?")) {
                for (Queued d : next) {
                    index.queueDocument(c, d.id(), d.text());
                    done.setLong(1, d.id());
                    done.addBatch();
                }
                index.flush();
                done.executeBatch();
            }
            sliceSize.took(next.size(), System.nanoTime() - start);
            return count(c);
        });
    }

    private record Queued(long id, String text) {
    }

    /**
     * Whether this session may write the index: not a member of a team library who is no admin, nor a session that
     * only reads (acting as another annotator).
     */
    public boolean mayIndex() {
        return db.writable() && db.teamLogin().map(TeamLogin::admin).orElse(true);
    }

    private static int count(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM find_index_queue")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Whether document {@code documentId} waits to be indexed (its new sentence rows can wait with it). */
    static boolean queued(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM find_index_queue WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
