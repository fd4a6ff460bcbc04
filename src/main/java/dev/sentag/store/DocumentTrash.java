package dev.sentag.store;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import dev.sentag.model.TrashedDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deleting documents to the trash and taking them back, and renaming them. A deleted document keeps its row,
 * sentences and everyone's tags; it only leaves the lists (library, exports, agreement). Each change is one
 * transaction with its history row, so the one who made it can undo it.
 */
public final class DocumentTrash {
    private final Database db;

    public DocumentTrash(Database db) {
        this.db = db;
    }

    /** Whether a document is in the trash; empty if there is no document with that id. */
    public Optional<Boolean> inTrash(long documentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT deleted_at IS NOT NULL FROM documents WHERE id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBoolean(1)) : Optional.<Boolean>empty();
                }
            }
        });
    }

    /**
     * Moves a document into the trash ({@code deleted} true) or back, and appends the change to the history:
     * as DELETE or UNDELETE for a new command, as {@code action} (UNDO, REDO) naming {@code reverts} otherwise.
     */
    public HistoryEntry setDeleted(long documentId, boolean deleted, long annotatorId, Action action, Long reverts) {
        return db.inTransaction(c -> {
            String now = Rows.now();
            try (PreparedStatement ps = c.prepareStatement(deleted
                    ? "UPDATE documents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"
                    : "UPDATE documents SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL")) {
                int i = 1;
                if (deleted) {
                    ps.setString(i++, now);
                }
                ps.setLong(i, documentId);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("Document " + documentId + (deleted ? " is not in the library."
                            : " is not in the trash."));
                }
            }
            Action recorded = action.isCommand() ? (deleted ? Action.DELETE : Action.UNDELETE) : action;
            return CommandHistory.append(c, annotatorId, recorded, reverts, documentId, null, null, now);
        });
    }

    /** Gives a document a new title, recording the old one so that undo can put it back. */
    public HistoryEntry rename(long documentId, String title, long annotatorId, Action action, Long reverts) {
        return db.inTransaction(c -> {
            String old = title(c, documentId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET title = ? WHERE id = ?")) {
                ps.setString(1, title);
                ps.setLong(2, documentId);
                ps.executeUpdate();
            }
            return CommandHistory.append(c, annotatorId, action.isCommand() ? Action.RENAME : action, reverts,
                    documentId, old, title, Rows.now());
        });
    }

    /** The document and the title to give it when a RENAME row is undone ({@code forward} false) or redone. */
    public record Retitle(long documentId, String title) {
    }

    /** What undoing or redoing a RENAME row sets, read from the row. */
    public Retitle retitle(long renameRow, boolean forward) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT document_id, old_text, new_text FROM tag_history WHERE id = ?")) {
                ps.setLong(1, renameRow);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("History entry " + renameRow + " is gone.");
                    }
                    return new Retitle(rs.getLong(1), rs.getString(forward ? 3 : 2));
                }
            }
        });
    }

    /** The document a DELETE, UNDELETE or RENAME history row is about. */
    public long documentOf(long historyRow) {
        return db.read(c -> CommandHistory.documentOf(c, historyRow));
    }

    /** The documents in the trash, most recently deleted first, with how many sentences and tags they keep. */
    public List<TrashedDocument> list() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT d.id, d.title, d.deleted_at,
                           (SELECT count(*) FROM sentences s WHERE s.document_id = d.id AND s.idx IS NOT NULL),
                           (SELECT count(*) FROM sentences s JOIN tags t ON t.sentence_id = s.id
                             WHERE s.document_id = d.id AND s.idx IS NOT NULL AND t.label_id IS NOT NULL)
                    FROM documents d WHERE d.deleted_at IS NOT NULL ORDER BY d.deleted_at DESC, d.id""");
                 ResultSet rs = ps.executeQuery()) {
                List<TrashedDocument> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new TrashedDocument(rs.getLong(1), rs.getString(2), Rows.instant(rs, "deleted_at"),
                            rs.getInt(4), rs.getInt(5)));
                }
                return out;
            }
        });
    }

    private static String title(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT title FROM documents WHERE id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("No document with id " + documentId + ".");
                }
                return rs.getString(1);
            }
        }
    }
}
