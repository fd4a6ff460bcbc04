package dev.sentag.store;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Many label changes by one annotator made as one command (accepting every agreed sentence into gold): written,
 * undone and redone each in one transaction, under one BATCH history row that undo and redo act on.
 */
public final class TagBatches {
    private final Database db;

    public TagBatches(Database db) {
        this.db = db;
    }

    /** What a batch, or its undo or redo, did: its history row, how many labels it set, and the first document. */
    public record Applied(HistoryEntry entry, int changed, long firstDocument) {
    }

    /**
     * Gives each current sentence of {@code labels} (sentence id to label id) that label where the annotator has no
     * label yet; a label already there is never overwritten. Empty when there was nothing to write.
     */
    public Optional<Applied> fillEmpty(long annotatorId, Map<Long, Long> labels) {
        return db.inTransaction(c -> {
            String now = Rows.now();
            HistoryEntry head = CommandHistory.append(c, annotatorId, Action.BATCH, null, null, null, null, now);
            int changed = 0;
            long firstDocument = -1;
            try (PreparedStatement current = c.prepareStatement("""
                    SELECT s.document_id, t.label_id FROM sentences s
                    LEFT JOIN tags t ON t.sentence_id = s.id AND t.annotator_id = ?
                    WHERE s.id = ? AND s.idx IS NOT NULL""")) {
                for (Map.Entry<Long, Long> e : labels.entrySet()) {
                    current.setLong(1, annotatorId);
                    current.setLong(2, e.getKey());
                    try (ResultSet rs = current.executeQuery()) {
                        if (!rs.next() || rs.getObject(2) != null) {
                            continue;
                        }
                        firstDocument = firstDocument < 0 ? rs.getLong(1) : firstDocument;
                    }
                    TagRepository.writeLabel(c, e.getKey(), annotatorId, e.getValue(), now);
                    member(c, e.getKey(), annotatorId, null, e.getValue(), head.id(), now);
                    changed++;
                }
            }
            if (changed == 0) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag_history WHERE id = ?")) {
                    ps.setLong(1, head.id());
                    ps.executeUpdate();
                }
                return Optional.<Applied>empty();
            }
            return Optional.of(new Applied(head, changed, firstDocument));
        });
    }

    /** Undoes ({@code forward} false) or redoes a BATCH row: every label it set goes back to before, or again. */
    public Applied replay(HistoryEntry batch, boolean forward, long annotatorId) {
        return db.inTransaction(c -> {
            String now = Rows.now();
            HistoryEntry row = CommandHistory.append(c, annotatorId, forward ? Action.REDO : Action.UNDO, batch.id(),
                    null, null, null, now);
            List<long[]> changes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT h.sentence_id, h.old_label_id, h.new_label_id, s.document_id FROM tag_history h
                    JOIN sentences s ON s.id = h.sentence_id
                    WHERE h.batch_id = ? AND h.action = 'tag' ORDER BY h.id""")) {
                ps.setLong(1, batch.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Long label = Rows.nullableLong(rs, forward ? "new_label_id" : "old_label_id");
                        changes.add(new long[] {rs.getLong(1), label == null ? -1 : label, rs.getLong(4)});
                    }
                }
            }
            for (long[] change : changes) {
                Long label = change[1] < 0 ? null : change[1];
                Long old = TagRepository.writeLabel(c, change[0], annotatorId, label, now);
                member(c, change[0], annotatorId, old, label, row.id(), now);
            }
            return new Applied(row, changes.size(), changes.isEmpty() ? -1 : changes.get(0)[2]);
        });
    }

    private static void member(Connection c, long sentenceId, long annotatorId, Long old, Long neu, long batchId,
                               String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tag_history (sentence_id, annotator_id, old_label_id, new_label_id, action, batch_id, at)
                VALUES (?, ?, ?, ?, 'tag', ?, ?)""")) {
            ps.setLong(1, sentenceId);
            ps.setLong(2, annotatorId);
            Rows.setNullableLong(ps, 3, old);
            Rows.setNullableLong(ps, 4, neu);
            ps.setLong(5, batchId);
            ps.setString(6, now);
            ps.executeUpdate();
        }
    }
}
