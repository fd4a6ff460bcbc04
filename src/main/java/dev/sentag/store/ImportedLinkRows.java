package dev.sentag.store;

import dev.sentag.model.ImportedLinks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Writes the links and speakers an imported document brought, inside the import's transaction. A link already
 * there is kept once; a speaker the annotator already gave the sentence is kept unless {@code overwrite}.
 */
final class ImportedLinkRows {
    private ImportedLinkRows() {
    }

    /**
     * {@code sentenceIds} maps the imported positions to stored sentence ids; null means the positions are the
     * document's own sentence indexes (a document stored by this import). Positions without a stored sentence
     * are skipped. Returns how many links and speakers were added or changed.
     */
    static int write(Connection c, long documentId, ImportedLinks links, Map<Integer, Long> sentenceIds,
                     boolean overwrite) throws SQLException {
        String now = Rows.now();
        int written = 0;
        for (ImportedLinks.Link l : links.links()) {
            Long from = id(c, documentId, l.from(), sentenceIds);
            Long to = id(c, documentId, l.to(), sentenceIds);
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO links (from_sentence_id, to_sentence_id, relation_type_id, annotator_id, created_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                ps.setLong(3, typeId(c, l.type()));
                ps.setLong(4, ImportedTags.annotatorId(c, l.annotator().strip(), now));
                ps.setString(5, now);
                written += ps.executeUpdate();
            }
        }
        for (ImportedLinks.Speaker s : links.speakers()) {
            Long sentence = id(c, documentId, s.sentence(), sentenceIds);
            if (sentence == null) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO speakers (sentence_id, annotator_id, name, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (sentence_id, annotator_id) DO""" + (overwrite
                    ? " UPDATE SET name = excluded.name, updated_at = excluded.updated_at WHERE name <> excluded.name"
                    : " NOTHING"))) {
                ps.setLong(1, sentence);
                ps.setLong(2, ImportedTags.annotatorId(c, s.annotator().strip(), now));
                ps.setString(3, s.name());
                ps.setString(4, now);
                written += ps.executeUpdate();
            }
        }
        return written;
    }

    private static Long id(Connection c, long documentId, int position, Map<Integer, Long> sentenceIds)
            throws SQLException {
        if (sentenceIds != null) {
            return sentenceIds.get(position);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sentences WHERE document_id = ? AND idx = ?")) {
            ps.setLong(1, documentId);
            ps.setInt(2, position);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long typeId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT r.id FROM relation_types r JOIN settings s ON s.key = 'label_set'
                AND r.label_set_id = CAST(s.value AS INTEGER) WHERE lower(r.name) = lower(?)""")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("the link type '" + name + "' is not in the active label set.");
                }
                return rs.getLong(1);
            }
        }
    }
}
