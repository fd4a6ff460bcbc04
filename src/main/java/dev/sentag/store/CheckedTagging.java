package dev.sentag.store;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import dev.sentag.model.SentencePlace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The keypress's tag, run by {@link Database#atomically}: the checks (the sentence is current, the label active), the
 * history row (with the old label) and the upsert keeping the note, all or nothing, in as few round trips as each
 * backend allows. PostgreSQL: ONE data-modifying statement in autocommit, so one round trip, no BEGIN or COMMIT.
 * SQLite has no data-modifying CTEs: two kept statements (the checked history row, which returns the old label and the
 * sentence's place, then the upsert) inside the backend's BEGIN IMMEDIATE … COMMIT.
 */
final class CheckedTagging {
    /** Whether label {@code ?} is one of the active label set's unretired labels (as LabelRepository.active reads it). */
    private static final String LABEL_ACTIVE = """
            EXISTS (SELECT 1 FROM labels WHERE id = ? AND retired = 0 AND label_set_id =
                    coalesce((SELECT CAST(value AS BIGINT) FROM settings WHERE key = 'label_set'), 1))""";

    /** SQLite: where the current sentence {@code ?} is, and whether label {@code ?} is active; no row, no sentence. */
    private static final String PLACE_AND_LABEL = "SELECT document_id, idx, excluded, " + LABEL_ACTIVE + """

            FROM sentences WHERE id = ? AND idx IS NOT NULL""";

    /**
     * SQLite: the history row, written only where the sentence is current and the label active, returning the old label
     * and the sentence's place; no row back, nothing written (then {@link #PLACE_AND_LABEL} tells why).
     */
    private static final String CHECKED_HISTORY = """
            INSERT INTO tag_history (sentence_id, annotator_id, old_label_id, new_label_id, action, reverts, at)
            SELECT s.id, ?, (SELECT label_id FROM tags WHERE sentence_id = s.id AND annotator_id = ?), ?, 'tag', NULL, ?
            FROM sentences s WHERE s.id = ? AND s.idx IS NOT NULL AND\s""" + LABEL_ACTIVE + """

            RETURNING id, old_label_id,
                (SELECT document_id FROM sentences WHERE id = tag_history.sentence_id),
                (SELECT idx FROM sentences WHERE id = tag_history.sentence_id),
                (SELECT excluded FROM sentences WHERE id = tag_history.sentence_id)""";

    /**
     * PostgreSQL: the checks, the history row and {@link TagRepository}'s upsert keeping the note, in one statement.
     * Every part sees the same snapshot, so the old label is read before the upsert, as on SQLite. One row back unless
     * the sentence is not current: its place, whether the label is active, and the history row if one was written.
     */
    private static final String IN_ONE_STATEMENT = "WITH place AS (SELECT id, document_id, idx, excluded, "
            + LABEL_ACTIVE + """
             AS label_active
                FROM sentences WHERE id = ? AND idx IS NOT NULL
            ), ok AS (
                SELECT id FROM place WHERE label_active
            ), history AS (
                INSERT INTO tag_history (sentence_id, annotator_id, old_label_id, new_label_id, action, reverts, at)
                SELECT ok.id, ?, (SELECT label_id FROM tags WHERE sentence_id = ok.id AND annotator_id = ?), ?, ?, NULL, ?
                FROM ok
                RETURNING id, old_label_id
            ), upserted AS (
                INSERT INTO tags (sentence_id, annotator_id, label_id, note, created_at, updated_at, codebook_version, unsure)
                SELECT ok.id, ?, ?, NULL, ?, ?, (SELECT max(version) FROM codebook_versions), coalesce(?, 0) FROM ok
                ON CONFLICT (sentence_id, annotator_id) DO UPDATE
                SET label_id = excluded.label_id, updated_at = excluded.updated_at,
                    codebook_version = excluded.codebook_version, unsure = coalesce(?, tags.unsure), note = tags.note
            )
            SELECT p.document_id, p.idx, p.excluded, p.label_active, h.id, h.old_label_id
            FROM place p LEFT JOIN history h ON true""";

    private CheckedTagging() {
    }

    static CheckedTag write(Database db, Connection c, long sentenceId, long annotatorId, long labelId, Boolean unsure)
            throws SQLException {
        return SqlDialect.of(c) == SqlDialect.SQLITE
                ? inStatements(db, sentenceId, annotatorId, labelId, unsure)
                : inOneStatement(db, sentenceId, annotatorId, labelId, unsure);
    }

    private static CheckedTag inStatements(Database db, long sentenceId, long annotatorId, long labelId, Boolean unsure)
            throws SQLException {
        Instant at = Instant.now();
        String now = at.toString();
        PreparedStatement history = db.hot(CHECKED_HISTORY);
        history.setLong(1, annotatorId);
        history.setLong(2, annotatorId);
        history.setLong(3, labelId);
        history.setString(4, now);
        history.setLong(5, sentenceId);
        history.setLong(6, labelId);
        HistoryEntry entry;
        SentencePlace place;
        try (ResultSet rs = history.executeQuery()) {
            if (!rs.next()) {
                return whyNot(db, sentenceId, labelId);
            }
            entry = HistoryEntry.labelChange(rs.getLong(1), sentenceId, annotatorId, Rows.nullableLong(rs, 2),
                    labelId, Action.TAG, null, at);
            place = new SentencePlace(sentenceId, rs.getLong(3), rs.getInt(4), rs.getInt(5) == 1);
            rs.next(); // stepped to its end, so the kept statement is done when the set closes
        }
        TagRepository.upsertKeepingNote(db, sentenceId, annotatorId, labelId, unsure, now);
        return new CheckedTag(place, entry, null);
    }

    /** The rare path: the checked history row was not written; which check refused it (same transaction). */
    private static CheckedTag whyNot(Database db, long sentenceId, long labelId) throws SQLException {
        PreparedStatement check = db.hot(PLACE_AND_LABEL);
        check.setLong(1, labelId);
        check.setLong(2, sentenceId);
        try (ResultSet rs = check.executeQuery()) {
            if (!rs.next()) {
                return CheckedTag.refused(null, CheckedTag.Refusal.NO_SENTENCE);
            }
            SentencePlace place = place(rs, sentenceId);
            if (rs.getBoolean(4)) {
                throw new IllegalStateException("sentence " + sentenceId + " and label " + labelId
                        + " pass the checks, yet the history row was not written");
            }
            rs.next();
            return CheckedTag.refused(place, CheckedTag.Refusal.LABEL_NOT_ACTIVE);
        }
    }

    private static CheckedTag inOneStatement(Database db, long sentenceId, long annotatorId, long labelId,
                                             Boolean unsure) throws SQLException {
        Instant at = Instant.now();
        String now = at.toString();
        PreparedStatement ps = db.hot(IN_ONE_STATEMENT);
        ps.setLong(1, labelId);
        ps.setLong(2, sentenceId);
        ps.setLong(3, annotatorId);
        ps.setLong(4, annotatorId);
        ps.setLong(5, labelId);
        ps.setString(6, "tag");
        ps.setString(7, now);
        ps.setLong(8, annotatorId);
        ps.setLong(9, labelId);
        ps.setString(10, now);
        ps.setString(11, now);
        TagRepository.setNullableFlag(ps, 12, unsure);
        TagRepository.setNullableFlag(ps, 13, unsure);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return CheckedTag.refused(null, CheckedTag.Refusal.NO_SENTENCE);
            }
            SentencePlace place = place(rs, sentenceId);
            if (!rs.getBoolean(4)) {
                return CheckedTag.refused(place, CheckedTag.Refusal.LABEL_NOT_ACTIVE);
            }
            HistoryEntry entry = HistoryEntry.labelChange(rs.getLong(5), sentenceId, annotatorId,
                    Rows.nullableLong(rs, 6), labelId, Action.TAG, null, at);
            return new CheckedTag(place, entry, null);
        }
    }

    private static SentencePlace place(ResultSet rs, long sentenceId) throws SQLException {
        return new SentencePlace(sentenceId, rs.getLong(1), rs.getInt(2), rs.getInt(3) == 1);
    }
}
