package dev.sentag.store;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import dev.sentag.model.Tag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Current tags and the history of label changes. */
public final class TagRepository {
    private final Database db;

    public TagRepository(Database db) {
        this.db = db;
    }

    /** The annotator's current tags on a document's sentences, by sentence id. */
    public Map<Long, Tag> forDocument(long documentId, long annotatorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT t.sentence_id, t.annotator_id, t.label_id, t.note, t.created_at, t.updated_at
                    FROM tags t JOIN sentences s ON s.id = t.sentence_id
                    WHERE s.document_id = ? AND s.idx IS NOT NULL AND t.annotator_id = ?""")) {
                ps.setLong(1, documentId);
                ps.setLong(2, annotatorId);
                Map<Long, Tag> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Tag tag = new Tag(rs.getLong("sentence_id"), rs.getLong("annotator_id"),
                                Rows.nullableLong(rs, "label_id"), rs.getString("note"),
                                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
                        out.put(tag.sentenceId(), tag);
                    }
                }
                return out;
            }
        });
    }

    /** Every other annotator's tags on a document's current sentences, in sentence and annotator order. */
    public java.util.List<dev.sentag.model.AnnotatorTag> othersOnDocument(long documentId, long annotatorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT t.sentence_id, a.name, t.label_id, t.note
                    FROM tags t JOIN sentences s ON s.id = t.sentence_id JOIN annotators a ON a.id = t.annotator_id
                    WHERE s.document_id = ? AND s.idx IS NOT NULL AND t.annotator_id <> ?
                    ORDER BY s.idx, a.name""")) {
                ps.setLong(1, documentId);
                ps.setLong(2, annotatorId);
                java.util.List<dev.sentag.model.AnnotatorTag> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new dev.sentag.model.AnnotatorTag(rs.getLong(1), rs.getString(2),
                                Rows.nullableLong(rs, "label_id"), rs.getString(4)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Sets a sentence's label (null clears it) and appends the change to the history, in one transaction.
     * Returns the history entry, whose old label is what the database held just before.
     */
    public HistoryEntry setLabel(long sentenceId, long annotatorId, Long labelId, Action action, Long reverts) {
        return db.inTransaction(c -> {
            String now = Rows.now();
            Long old = null;
            String note = null;
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT label_id, note FROM tags WHERE sentence_id = ? AND annotator_id = ?")) {
                ps.setLong(1, sentenceId);
                ps.setLong(2, annotatorId);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                    if (exists) {
                        old = Rows.nullableLong(rs, "label_id");
                        note = rs.getString("note");
                    }
                }
            }
            if (labelId == null && (note == null || note.isEmpty())) {
                delete(c, sentenceId, annotatorId);
            } else {
                upsert(c, sentenceId, annotatorId, labelId, note, now, true);
            }
            return appendHistory(c, sentenceId, annotatorId, old, labelId, action, reverts, now);
        });
    }

    /** Sets the note on a sentence's tag (blank removes it), keeping its label. */
    public void setNote(long sentenceId, long annotatorId, String note) {
        String clean = note == null || note.isBlank() ? null : note;
        db.inTransaction(c -> {
            Long label = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT label_id FROM tags WHERE sentence_id = ? AND annotator_id = ?")) {
                ps.setLong(1, sentenceId);
                ps.setLong(2, annotatorId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        label = Rows.nullableLong(rs, "label_id");
                    }
                }
            }
            if (label == null && clean == null) {
                delete(c, sentenceId, annotatorId);
            } else {
                upsert(c, sentenceId, annotatorId, label, clean, Rows.now(), false);
            }
            return null;
        });
    }

    private static void delete(Connection c, long sentenceId, long annotatorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM tags WHERE sentence_id = ? AND annotator_id = ?")) {
            ps.setLong(1, sentenceId);
            ps.setLong(2, annotatorId);
            ps.executeUpdate();
        }
    }

    static void upsert(Connection c, long sentenceId, long annotatorId, Long labelId, String note,
                               String now, boolean keepNote) throws SQLException {
        String noteUpdate = keepNote ? "note = tags.note" : "note = excluded.note";
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tags (sentence_id, annotator_id, label_id, note, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (sentence_id, annotator_id) DO UPDATE
                SET label_id = excluded.label_id, updated_at = excluded.updated_at, """ + noteUpdate)) {
            ps.setLong(1, sentenceId);
            ps.setLong(2, annotatorId);
            Rows.setNullableLong(ps, 3, labelId);
            ps.setString(4, note);
            ps.setString(5, now);
            ps.setString(6, now);
            ps.executeUpdate();
        }
    }

    static HistoryEntry appendHistory(Connection c, long sentenceId, long annotatorId, Long old, Long neu,
                                              Action action, Long reverts, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tag_history (sentence_id, annotator_id, old_label_id, new_label_id, action, reverts, at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setLong(1, sentenceId);
            ps.setLong(2, annotatorId);
            Rows.setNullableLong(ps, 3, old);
            Rows.setNullableLong(ps, 4, neu);
            ps.setString(5, action.name().toLowerCase(Locale.ROOT));
            Rows.setNullableLong(ps, 6, reverts);
            ps.setString(7, now);
            // RETURNING, not getGeneratedKeys(): the driver runs a second statement for that, on every keypress.
            try (ResultSet keys = ps.executeQuery()) {
                keys.next();
                return HistoryEntry.labelChange(keys.getLong(1), sentenceId, annotatorId, old, neu, action,
                        reverts, Instant.parse(now));
            }
        }
    }

    /** The annotator's whole history, oldest first. */
    public List<HistoryEntry> history(long annotatorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, sentence_id, repair_id, annotator_id, old_label_id, new_label_id, action, reverts, at,
                           link_to_sentence_id, relation_type_id, old_speaker, new_speaker
                    FROM tag_history WHERE annotator_id = ? ORDER BY id""")) {
                ps.setLong(1, annotatorId);
                List<HistoryEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new HistoryEntry(rs.getLong("id"), Rows.nullableLong(rs, "sentence_id"),
                                Rows.nullableLong(rs, "repair_id"), rs.getLong("annotator_id"),
                                Rows.nullableLong(rs, "old_label_id"), Rows.nullableLong(rs, "new_label_id"),
                                Action.valueOf(rs.getString("action").toUpperCase(Locale.ROOT)),
                                Rows.nullableLong(rs, "reverts"), Rows.instant(rs, "at"), LinkHistory.detail(rs)));
                    }
                }
                return out;
            }
        });
    }
}
