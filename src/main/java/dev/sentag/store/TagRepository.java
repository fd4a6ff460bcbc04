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
                    SELECT t.sentence_id, t.annotator_id, t.label_id, t.note, t.created_at, t.updated_at, t.unsure
                    FROM tags t JOIN sentences s ON s.id = t.sentence_id
                    WHERE s.document_id = ? AND s.idx IS NOT NULL AND t.annotator_id = ?""")) {
                ps.setLong(1, documentId);
                ps.setLong(2, annotatorId);
                Map<Long, Tag> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Tag tag = new Tag(rs.getLong("sentence_id"), rs.getLong("annotator_id"),
                                Rows.nullableLong(rs, "label_id"), rs.getString("note"),
                                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"), rs.getInt("unsure") != 0);
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
        return setLabel(sentenceId, annotatorId, labelId, null, action, reverts);
    }

    /**
     * {@link #setLabel(long, long, Long, Action, Long)} that also sets whether the annotator is unsure of the
     * tag ({@code unsure} null keeps what the tag had).
     */
    public HistoryEntry setLabel(long sentenceId, long annotatorId, Long labelId, Boolean unsure, Action action,
                                 Long reverts) {
        if (labelId != null) {
            return labelled(sentenceId, annotatorId, labelId, unsure, action, reverts);
        }
        return db.inTransaction(c -> {
            String now = Rows.now();
            Long old = writeLabel(c, sentenceId, annotatorId, labelId, unsure, now);
            return appendHistory(c, sentenceId, annotatorId, old, labelId, action, reverts, now);
        });
    }

    /**
     * The keypress's path, a label set: two statements prepared once (plain positional parameters: PostgreSQL's
     * driver has no numbered ?NNN), in one transaction. The history row reads the
     * old label inside its own INSERT and comes back with it (RETURNING), so no SELECT goes before; the upsert keeps
     * any note. The same rows as the general path, with fewer round trips and no statement compiled per tag.
     */
    private HistoryEntry labelled(long sentenceId, long annotatorId, long labelId, Boolean unsure, Action action,
                                  Long reverts) {
        return db.inTransaction(c -> writeLabelled(sentenceId, annotatorId, labelId, unsure, action, reverts));
    }

    /** {@link #labelled}'s two statements, inside the caller's transaction. */
    private HistoryEntry writeLabelled(long sentenceId, long annotatorId, long labelId, Boolean unsure, Action action,
                                       Long reverts) throws SQLException {
        Instant at = Instant.now();
        String now = at.toString();
        PreparedStatement history = db.hot(HISTORY_WITH_OLD_LABEL);
        history.setLong(1, sentenceId);
        history.setLong(2, annotatorId);
        history.setLong(3, sentenceId);
        history.setLong(4, annotatorId);
        history.setLong(5, labelId);
        history.setString(6, action.name().toLowerCase(Locale.ROOT));
        Rows.setNullableLong(history, 7, reverts);
        history.setString(8, now);
        long id;
        Long old;
        try (ResultSet rs = history.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
            old = Rows.nullableLong(rs, 2);
            // Stepped to its end (one row), so the kept statement is done, not left mid-way, when the set closes.
            rs.next();
        }
        upsertKeepingNote(db, sentenceId, annotatorId, labelId, unsure, now);
        return HistoryEntry.labelChange(id, sentenceId, annotatorId, old, labelId, action, reverts, at);
    }

    /** The label path's upsert (kept prepared), inside the caller's transaction. */
    static void upsertKeepingNote(Database db, long sentenceId, long annotatorId, long labelId, Boolean unsure,
                                  String now) throws SQLException {
        PreparedStatement upsert = db.hot(UPSERT_KEEPING_NOTE);
        upsert.setLong(1, sentenceId);
        upsert.setLong(2, annotatorId);
        upsert.setLong(3, labelId);
        upsert.setString(4, now);
        upsert.setString(5, now);
        setNullableFlag(upsert, 6, unsure);
        setNullableFlag(upsert, 7, unsure);
        upsert.executeUpdate();
    }

    /**
     * The keypress: labels a sentence (with {@code unsure} as in {@link #setLabel}) if it is current and the label is
     * in the active label set, with its history row, atomically; or, writing nothing, says which check refused it.
     */
    public CheckedTag tagChecked(long sentenceId, long annotatorId, long labelId, Boolean unsure) {
        return db.atomically(c -> CheckedTagging.write(db, c, sentenceId, annotatorId, labelId, unsure));
    }

    private static final String HISTORY_WITH_OLD_LABEL = """
            INSERT INTO tag_history (sentence_id, annotator_id, old_label_id, new_label_id, action, reverts, at)
            VALUES (?, ?, (SELECT label_id FROM tags WHERE sentence_id = ? AND annotator_id = ?), ?, ?, ?, ?)
            RETURNING id, old_label_id""";

    /** {@link #upsert} keeping the note, with no note for a new tag: the upsert of the keypress's path. */
    private static final String UPSERT_KEEPING_NOTE = """
            INSERT INTO tags (sentence_id, annotator_id, label_id, note, created_at, updated_at, codebook_version, unsure)
            VALUES (?, ?, ?, NULL, ?, ?, (SELECT max(version) FROM codebook_versions), coalesce(?, 0))
            ON CONFLICT (sentence_id, annotator_id) DO UPDATE
            SET label_id = excluded.label_id, updated_at = excluded.updated_at,
                codebook_version = excluded.codebook_version, unsure = coalesce(?, tags.unsure), note = tags.note""";

    /** Sets a sentence's label (null clears it, keeping a note) inside the caller's transaction; returns the old label. */
    static Long writeLabel(Connection c, long sentenceId, long annotatorId, Long labelId, String now) throws SQLException {
        return writeLabel(c, sentenceId, annotatorId, labelId, null, now);
    }

    /** {@link #writeLabel(Connection, long, long, Long, String)} that also sets the unsure flag (null keeps it). */
    static Long writeLabel(Connection c, long sentenceId, long annotatorId, Long labelId, Boolean unsure, String now)
            throws SQLException {
        Long old = null;
        String note = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT label_id, note FROM tags WHERE sentence_id = ? AND annotator_id = ?")) {
            ps.setLong(1, sentenceId);
            ps.setLong(2, annotatorId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    old = Rows.nullableLong(rs, "label_id");
                    note = rs.getString("note");
                }
            }
        }
        if (labelId == null && (note == null || note.isEmpty())) {
            delete(c, sentenceId, annotatorId);
        } else {
            upsert(c, sentenceId, annotatorId, labelId, note, now, true, unsure);
        }
        return old;
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
                upsert(c, sentenceId, annotatorId, label, clean, Rows.now(), false, null);
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

    /**
     * Inserts or updates one tag in ONE statement (the tagging path): the tag records the current codebook
     * version, read inside the statement; {@code unsure} null keeps the tag's flag (a new tag is sure).
     */
    static void upsert(Connection c, long sentenceId, long annotatorId, Long labelId, String note,
                               String now, boolean keepNote, Boolean unsure) throws SQLException {
        String noteUpdate = keepNote ? "note = tags.note" : "note = excluded.note";
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tags (sentence_id, annotator_id, label_id, note, created_at, updated_at, codebook_version, unsure)
                VALUES (?, ?, ?, ?, ?, ?, (SELECT max(version) FROM codebook_versions), coalesce(?, 0))
                ON CONFLICT (sentence_id, annotator_id) DO UPDATE
                SET label_id = excluded.label_id, updated_at = excluded.updated_at,
                    codebook_version = excluded.codebook_version, unsure = coalesce(?, tags.unsure), """ + noteUpdate)) {
            ps.setLong(1, sentenceId);
            ps.setLong(2, annotatorId);
            Rows.setNullableLong(ps, 3, labelId);
            ps.setString(4, note);
            ps.setString(5, now);
            ps.setString(6, now);
            setNullableFlag(ps, 7, unsure);
            setNullableFlag(ps, 8, unsure);
            ps.executeUpdate();
        }
    }

    static void setNullableFlag(PreparedStatement ps, int index, Boolean flag) throws SQLException {
        if (flag == null) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, flag ? 1 : 0);
        }
    }

    /**
     * Marks the annotator's tag on a sentence unsure or sure; false if they have no tag there. Not part of
     * the undo history, like a note.
     */
    public boolean setUnsure(long sentenceId, long annotatorId, boolean unsure) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE tags SET unsure = ? WHERE sentence_id = ? AND annotator_id = ? AND label_id IS NOT NULL")) {
                ps.setInt(1, unsure ? 1 : 0);
                ps.setLong(2, sentenceId);
                ps.setLong(3, annotatorId);
                return ps.executeUpdate() == 1;
            }
        });
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

    /** The annotator's whole history, oldest first; the label changes of a batch are represented by its one BATCH row. */
    public List<HistoryEntry> history(long annotatorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, sentence_id, repair_id, annotator_id, old_label_id, new_label_id, action, reverts, at,
                           link_to_sentence_id, relation_type_id, old_speaker, new_speaker
                    FROM tag_history WHERE annotator_id = ? AND batch_id IS NULL ORDER BY id""")) {
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
