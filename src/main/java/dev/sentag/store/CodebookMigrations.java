package dev.sentag.store;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The codebook changes that move tags or names and can be undone: rename and merge (retiring a label in use
 * "into" another is a merge). Each is one transaction that makes a codebook version and appends a
 * {@code codebook} row to the acting annotator's history, so their undo takes it back. A merge relabels every
 * annotator's tags with two set-based statements and keeps the list of what it relabelled
 * ({@code codebook_merged_tags}): undo restores exactly those tags, where they still carry the merged-into label.
 */
public final class CodebookMigrations {
    static final String RENAME = "rename";
    static final String MERGE = "merge";

    private final Database db;
    private final LabelRepository labels;

    public CodebookMigrations(Database db, LabelRepository labels) {
        this.db = db;
        this.labels = labels;
    }

    /** Renames a label (its tags keep pointing at it, so they show under the new name). */
    public HistoryEntry rename(long labelId, String oldName, String newName, long annotatorId, String who, String change) {
        return write(c -> {
            setName(c, labelId, newName);
            int version = CodebookRepository.newVersion(c, who, change, RENAME, labelId, null, oldName, newName);
            return history(c, annotatorId, labelId, labelId, Action.CODEBOOK, null, version);
        });
    }

    /** Relabels every tag of {@code fromId} (every annotator's) as {@code intoId} and retires {@code fromId}. */
    public HistoryEntry merge(long fromId, long intoId, String fromKey, long annotatorId, String who, String change) {
        return write(c -> {
            int version = CodebookRepository.newVersion(c, who, change, MERGE, fromId, intoId, fromKey, null);
            HistoryEntry entry = history(c, annotatorId, fromId, intoId, Action.CODEBOOK, null, version);
            relabel(c, entry.id(), fromId, intoId);
            CodebookRepository.setRetired(c, fromId, true, null);
            return entry;
        });
    }

    /**
     * Undoes ({@code forward} false) or redoes a rename or merge recorded as {@code target}, as a new version;
     * the {@code undo}/{@code redo} history row it returns names the target.
     */
    public Replayed replay(HistoryEntry target, boolean forward, long annotatorId, String who) {
        String[] what = new String[1];
        HistoryEntry entry = write(c -> {
            Recorded r = recorded(c, target.id());
            Action action = forward ? Action.REDO : Action.UNDO;
            what[0] = (forward ? "redo: " : "undo: ") + r.change();
            int version;
            if (RENAME.equals(r.kind())) {
                setName(c, r.labelId(), forward ? r.newValue() : r.oldValue());
                version = CodebookRepository.newVersion(c, who, what[0], null, null, null, null, null);
            } else if (forward) {
                clearList(c, target.id());
                relabel(c, target.id(), r.labelId(), r.otherLabelId());
                CodebookRepository.setRetired(c, r.labelId(), true, null);
                version = CodebookRepository.newVersion(c, who, what[0], null, null, null, null, null);
            } else {
                CodebookRepository.setRetired(c, r.labelId(), false, freeKey(c, r.oldValue()));
                restore(c, target.id(), r.labelId(), r.otherLabelId());
                version = CodebookRepository.newVersion(c, who, what[0], null, null, null, null, null);
            }
            return history(c, annotatorId, target.oldLabelId(), target.newLabelId(), action, target.id(), version);
        });
        return new Replayed(entry, what[0]);
    }

    /** An undone or redone codebook change: its history row and what it did ("undo: rename A to B"). */
    public record Replayed(HistoryEntry entry, String change) {
    }

    private HistoryEntry write(SqlWork<HistoryEntry> work) {
        HistoryEntry entry = db.inTransaction(work);
        labels.forget();
        return entry;
    }

    private static void setName(Connection c, long labelId, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM labels WHERE label_set_id = "
                + CodebookRepository.ACTIVE_SET + " AND lower(name) = lower(?) AND id <> ?")) {
            ps.setString(1, name);
            ps.setLong(2, labelId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new StoreException("Another label is named '" + rs.getString(1) + "' now; nothing was changed.");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE labels SET name = ? WHERE id = ?")) {
            ps.setString(1, name);
            ps.setLong(2, labelId);
            CodebookRepository.requireOne(ps.executeUpdate(), labelId);
        }
    }

    private static void relabel(Connection c, long historyId, long fromId, long intoId) throws SQLException {
        try (PreparedStatement list = c.prepareStatement("""
                INSERT INTO codebook_merged_tags (history_id, sentence_id, annotator_id)
                SELECT ?, sentence_id, annotator_id FROM tags WHERE label_id = ?""");
             PreparedStatement move = c.prepareStatement("UPDATE tags SET label_id = ? WHERE label_id = ?")) {
            list.setLong(1, historyId);
            list.setLong(2, fromId);
            list.executeUpdate();
            move.setLong(1, intoId);
            move.setLong(2, fromId);
            move.executeUpdate();
        }
    }

    private static void restore(Connection c, long historyId, long fromId, long intoId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE tags SET label_id = ? WHERE label_id = ? AND (sentence_id, annotator_id) IN
                    (SELECT sentence_id, annotator_id FROM codebook_merged_tags WHERE history_id = ?)""")) {
            ps.setLong(1, fromId);
            ps.setLong(2, intoId);
            ps.setLong(3, historyId);
            ps.executeUpdate();
        }
    }

    private static void clearList(Connection c, long historyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM codebook_merged_tags WHERE history_id = ?")) {
            ps.setLong(1, historyId);
            ps.executeUpdate();
        }
    }

    /** The key a label had, if no active label took it meanwhile; else the lowest free one (null if none is). */
    private static String freeKey(Connection c, String wanted) throws SQLException {
        java.util.Set<String> taken = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key FROM labels WHERE label_set_id = "
                + CodebookRepository.ACTIVE_SET + " AND retired = 0 AND key IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                taken.add(rs.getString(1));
            }
        }
        if (taken.size() >= dev.sentag.model.Codebook.MAX_ACTIVE) {
            throw new StoreException("The codebook has 9 active labels already; retire one before undoing this merge.");
        }
        if (wanted != null && !taken.contains(wanted)) {
            return wanted;
        }
        for (int k = 1; k <= dev.sentag.model.Codebook.MAX_ACTIVE; k++) {
            if (!taken.contains(String.valueOf(k))) {
                return String.valueOf(k);
            }
        }
        return null;
    }

    private record Recorded(String kind, long labelId, Long otherLabelId, String oldValue, String newValue,
                            String change) {
    }

    private static Recorded recorded(Connection c, long historyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT v.kind, v.label_id, v.other_label_id, v.old_value, v.new_value, v.change
                FROM tag_history h JOIN codebook_versions v ON v.version = h.codebook_version WHERE h.id = ?""")) {
            ps.setLong(1, historyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw new StoreException("History row " + historyId + " is not a codebook change.");
                }
                return new Recorded(rs.getString(1), rs.getLong(2), Rows.nullableLong(rs, "other_label_id"),
                        rs.getString(4), rs.getString(5), rs.getString(6));
            }
        }
    }

    private static HistoryEntry history(Connection c, long annotatorId, Long oldLabel, Long newLabel, Action action,
                                        Long reverts, int version) throws SQLException {
        String now = Rows.now();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tag_history (annotator_id, old_label_id, new_label_id, action, reverts, at, codebook_version)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setLong(1, annotatorId);
            Rows.setNullableLong(ps, 2, oldLabel);
            Rows.setNullableLong(ps, 3, newLabel);
            ps.setString(4, action.name().toLowerCase(java.util.Locale.ROOT));
            Rows.setNullableLong(ps, 5, reverts);
            ps.setString(6, now);
            ps.setInt(7, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new HistoryEntry(rs.getLong(1), null, null, annotatorId, oldLabel, newLabel, action, reverts,
                        Instant.parse(now));
            }
        }
    }
}
