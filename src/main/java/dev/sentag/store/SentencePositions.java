package dev.sentag.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Retires and revives sentences of one document and renumbers the current ones by their place in the
 * text. Runs inside the caller's transaction. The UNIQUE (document_id, idx) constraint is kept at every
 * step by parking current sentences on negative indexes while the new order is written.
 */
final class SentencePositions {
    private SentencePositions() {
    }

    static void replace(Connection c, long documentId, List<Long> retire, List<Long> revive) throws SQLException {
        try (PreparedStatement park = c.prepareStatement(
                "UPDATE sentences SET idx = -1 - idx WHERE document_id = ? AND idx >= 0")) {
            park.setLong(1, documentId);
            park.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE sentences SET idx = NULL WHERE id = ?")) {
            for (long id : retire) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sentences SET idx = -4000000000 - id WHERE id = ? AND idx IS NULL")) {
            for (long id : revive) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<Long> order = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id FROM sentences WHERE document_id = ? AND idx IS NOT NULL ORDER BY start, "end" """)) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    order.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE sentences SET idx = ? WHERE id = ?")) {
            for (int i = 0; i < order.size(); i++) {
                ps.setInt(1, i);
                ps.setLong(2, order.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The current index of a sentence, or -1 if it is retired. */
    static int indexOf(Connection c, long sentenceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT idx FROM sentences WHERE id = ?")) {
            ps.setLong(1, sentenceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return -1;
                }
                int idx = rs.getInt(1);
                return rs.wasNull() ? -1 : idx;
            }
        }
    }
}
