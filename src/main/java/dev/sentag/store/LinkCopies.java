package dev.sentag.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Carries every annotator's links and speakers from sentences a merge or split retires to the ones replacing
 * them. The retired rows keep theirs, so an undo of the repair shows exactly what was there before.
 * Merge: the merged sentence gets the links of both parts (a link between the two parts is dropped, it would
 * join the sentence to itself) and the first part's speaker where both parts had one. Split: both parts get
 * every link and the speaker of the split sentence.
 */
final class LinkCopies {
    private LinkCopies() {
    }

    static void carry(Connection c, List<Long> retired, List<Long> made) throws SQLException {
        long a = retired.get(0);
        long b = retired.get(retired.size() - 1);
        for (long old : retired) {
            for (long neu : made) {
                copy(c, """
                        INSERT INTO links (from_sentence_id, to_sentence_id, relation_type_id, annotator_id, created_at)
                        SELECT ?, to_sentence_id, relation_type_id, annotator_id, created_at FROM links
                        WHERE from_sentence_id = ? AND to_sentence_id <> ? AND to_sentence_id <> ?
                        ON CONFLICT DO NOTHING""", neu, old, a, b);
                copy(c, """
                        INSERT INTO links (from_sentence_id, to_sentence_id, relation_type_id, annotator_id, created_at)
                        SELECT from_sentence_id, ?, relation_type_id, annotator_id, created_at FROM links
                        WHERE to_sentence_id = ? AND from_sentence_id <> ? AND from_sentence_id <> ?
                        ON CONFLICT DO NOTHING""", neu, old, a, b);
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO speakers (sentence_id, annotator_id, name, updated_at)
                        SELECT ?, annotator_id, name, updated_at FROM speakers WHERE sentence_id = ?
                        ON CONFLICT DO NOTHING""")) {
                    ps.setLong(1, neu);
                    ps.setLong(2, old);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void copy(Connection c, String sql, long neu, long old, long a, long b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, neu);
            ps.setLong(2, old);
            ps.setLong(3, a);
            ps.setLong(4, b);
            ps.executeUpdate();
        }
    }
}
