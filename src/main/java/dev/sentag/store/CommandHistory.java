package dev.sentag.store;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/** History rows that name neither one sentence nor one repair: batches of label changes and whole documents. */
final class CommandHistory {
    private CommandHistory() {
    }

    /** Appends a row about a batch ({@code documentId} null) or a document, with the old and new text of a rename. */
    static HistoryEntry append(Connection c, long annotatorId, Action action, Long reverts, Long documentId,
                               String oldText, String newText, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tag_history (annotator_id, action, reverts, document_id, old_text, new_text, at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setLong(1, annotatorId);
            ps.setString(2, action.name().toLowerCase(Locale.ROOT));
            Rows.setNullableLong(ps, 3, reverts);
            Rows.setNullableLong(ps, 4, documentId);
            ps.setString(5, oldText);
            ps.setString(6, newText);
            ps.setString(7, now);
            try (ResultSet keys = ps.executeQuery()) {
                keys.next();
                return HistoryEntry.command(keys.getLong(1), annotatorId, action, reverts, Instant.parse(now));
            }
        }
    }

    /** The document a DELETE, UNDELETE or RENAME row is about. */
    static long documentOf(Connection c, long historyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id FROM tag_history WHERE id = ?")) {
            ps.setLong(1, historyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    throw new StoreException("History entry " + historyId + " names no document.");
                }
                return rs.getLong(1);
            }
        }
    }
}
