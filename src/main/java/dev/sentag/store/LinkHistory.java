package dev.sentag.store;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import dev.sentag.model.HistoryEntry.LinkDetail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/** Writes and reads the link and speaker columns of the history (schema v4). */
final class LinkHistory {
    private LinkHistory() {
    }

    /** The link or speaker detail of a history row, or null for a row of another kind. */
    static LinkDetail detail(ResultSet rs) throws SQLException {
        Long to = Rows.nullableLong(rs, "link_to_sentence_id");
        Long type = Rows.nullableLong(rs, "relation_type_id");
        String oldSpeaker = rs.getString("old_speaker");
        String newSpeaker = rs.getString("new_speaker");
        String action = rs.getString("action");
        boolean speakerRow = action.equals("speaker") || oldSpeaker != null || newSpeaker != null;
        if (to == null && type == null && !speakerRow) {
            return null;
        }
        return new LinkDetail(to, type, oldSpeaker, newSpeaker);
    }

    static HistoryEntry append(Connection c, long sentenceId, long annotatorId, Action action, Long reverts,
                               LinkDetail detail) throws SQLException {
        String now = Rows.now();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tag_history (sentence_id, annotator_id, action, reverts, at,
                                         link_to_sentence_id, relation_type_id, old_speaker, new_speaker)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setLong(1, sentenceId);
            ps.setLong(2, annotatorId);
            ps.setString(3, action.name().toLowerCase(Locale.ROOT));
            Rows.setNullableLong(ps, 4, reverts);
            ps.setString(5, now);
            Rows.setNullableLong(ps, 6, detail.toSentenceId());
            Rows.setNullableLong(ps, 7, detail.relationTypeId());
            ps.setString(8, detail.oldSpeaker());
            ps.setString(9, detail.newSpeaker());
            try (ResultSet keys = ps.executeQuery()) {
                keys.next();
                return new HistoryEntry(keys.getLong(1), sentenceId, null, annotatorId, null, null, action, reverts,
                        Instant.parse(now), detail);
            }
        }
    }
}
