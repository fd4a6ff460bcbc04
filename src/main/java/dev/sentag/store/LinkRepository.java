package dev.sentag.store;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import dev.sentag.model.HistoryEntry.LinkDetail;
import dev.sentag.model.RelationType;
import dev.sentag.model.SentenceLink;
import dev.sentag.model.SentenceSpeaker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Links between sentences, speakers of sentences, and the relation types links are made with. */
public final class LinkRepository {
    private static final String ACTIVE_SET =
            "coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'label_set'), 1)";

    private final Database db;

    public LinkRepository(Database db) {
        this.db = db;
    }

    /** The relation types of the active label set that take new links (not retired), in display order. */
    public List<RelationType> relationTypes() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, key, colour, ord FROM relation_types "
                    + "WHERE label_set_id = " + ACTIVE_SET + " AND retired = 0 ORDER BY ord, id")) {
                List<RelationType> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RelationType(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Adds ({@code add}) or removes a link and records it, in one transaction. A command (LINK, UNLINK) that would
     * change nothing stores nothing and returns null; an UNDO or REDO row is always written so the stacks stay
     * in step with the history.
     */
    public HistoryEntry setLink(long from, long to, long typeId, long annotatorId, boolean add, Action action,
                                Long reverts) {
        return db.inTransaction(c -> {
            int changed;
            try (PreparedStatement ps = c.prepareStatement(add ? """
                    INSERT INTO links (from_sentence_id, to_sentence_id, relation_type_id, annotator_id, created_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""" : """
                    DELETE FROM links WHERE from_sentence_id = ? AND to_sentence_id = ? AND relation_type_id = ?
                    AND annotator_id = ?""")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                ps.setLong(3, typeId);
                ps.setLong(4, annotatorId);
                if (add) {
                    ps.setString(5, Rows.now());
                }
                changed = ps.executeUpdate();
            }
            if (changed == 0 && action.isCommand()) {
                return null;
            }
            return LinkHistory.append(c, from, annotatorId, action, reverts, new LinkDetail(to, typeId, null, null));
        });
    }

    /**
     * Sets (null removes) the annotator's speaker of a sentence and records it, in one transaction. A SPEAKER
     * command that changes nothing stores nothing and returns null.
     */
    public HistoryEntry setSpeaker(long sentenceId, long annotatorId, String name, Action action, Long reverts) {
        return db.inTransaction(c -> {
            String old = speaker(c, sentenceId, annotatorId);
            if (java.util.Objects.equals(old, name) && action.isCommand()) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement(name == null
                    ? "DELETE FROM speakers WHERE sentence_id = ? AND annotator_id = ?"
                    : """
                    INSERT INTO speakers (sentence_id, annotator_id, name, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (sentence_id, annotator_id) DO UPDATE SET name = excluded.name,
                    updated_at = excluded.updated_at""")) {
                ps.setLong(1, sentenceId);
                ps.setLong(2, annotatorId);
                if (name != null) {
                    ps.setString(3, name);
                    ps.setString(4, Rows.now());
                }
                ps.executeUpdate();
            }
            return LinkHistory.append(c, sentenceId, annotatorId, action, reverts, new LinkDetail(null, null, old, name));
        });
    }

    private static String speaker(Connection c, long sentenceId, long annotatorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name FROM speakers WHERE sentence_id = ? AND annotator_id = ?")) {
            ps.setLong(1, sentenceId);
            ps.setLong(2, annotatorId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * The links between current sentences of a document, in source and target order: the annotator's, or with
     * {@code annotatorId} null everyone's. {@code others} true gives everyone's but the annotator's.
     */
    public List<SentenceLink> links(long documentId, Long annotatorId, boolean others) {
        return db.read(c -> {
            String who = annotatorId == null ? "" : others ? " AND l.annotator_id <> ?" : " AND l.annotator_id = ?";
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT l.from_sentence_id, f.idx, l.to_sentence_id, t.idx, r.name, a.name
                    FROM links l JOIN sentences f ON f.id = l.from_sentence_id JOIN sentences t ON t.id = l.to_sentence_id
                    JOIN relation_types r ON r.id = l.relation_type_id JOIN annotators a ON a.id = l.annotator_id
                    WHERE f.document_id = ? AND f.idx IS NOT NULL AND t.idx IS NOT NULL""" + who
                    + " ORDER BY f.idx, t.idx, r.ord, a.name")) {
                ps.setLong(1, documentId);
                if (annotatorId != null) {
                    ps.setLong(2, annotatorId);
                }
                List<SentenceLink> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SentenceLink(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getInt(4),
                                rs.getString(5), rs.getString(6)));
                    }
                }
                return out;
            }
        });
    }

    /** Speakers of a document's current sentences, as {@link #links} chooses annotators. */
    public List<SentenceSpeaker> speakers(long documentId, Long annotatorId, boolean others) {
        return db.read(c -> {
            String who = annotatorId == null ? "" : others ? " AND p.annotator_id <> ?" : " AND p.annotator_id = ?";
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT p.sentence_id, s.idx, a.name, p.name FROM speakers p JOIN sentences s ON s.id = p.sentence_id
                    JOIN annotators a ON a.id = p.annotator_id
                    WHERE s.document_id = ? AND s.idx IS NOT NULL""" + who + " ORDER BY s.idx, a.name")) {
                ps.setLong(1, documentId);
                if (annotatorId != null) {
                    ps.setLong(2, annotatorId);
                }
                List<SentenceSpeaker> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SentenceSpeaker(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Speaker names for completion: those used in this document first (most used first), then the rest of the
     * library's, at most {@code limit}.
     */
    public List<String> speakerNames(long documentId, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT p.name, max(CASE WHEN s.document_id = ? THEN 1 ELSE 0 END) AS here, count(*) AS uses
                    FROM speakers p JOIN sentences s ON s.id = p.sentence_id WHERE s.idx IS NOT NULL
                    GROUP BY p.name ORDER BY here DESC, uses DESC, p.name LIMIT ?""")) {
                ps.setLong(1, documentId);
                ps.setInt(2, limit);
                Map<String, Boolean> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), true);
                    }
                }
                return List.copyOf(out.keySet());
            }
        });
    }
}
