package dev.sentag.store;

import dev.sentag.model.ImportedTag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Writes the tags an imported document brought with it, inside the transaction that stores the document. */
final class ImportedTags {
    private ImportedTags() {
    }

    static void write(Connection c, long documentId, List<ImportedTag> tags) throws SQLException {
        String now = Rows.now();
        for (ImportedTag t : tags) {
            Long label = t.label() == null ? null : labelId(c, t.label());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO tags (sentence_id, annotator_id, label_id, note, created_at, updated_at, unsure,
                                      codebook_version)
                    VALUES ((SELECT id FROM sentences WHERE document_id = ? AND idx = ?), ?, ?, ?, ?, ?, ?,
                            (SELECT max(version) FROM codebook_versions))""")) {
                ps.setLong(1, documentId);
                ps.setInt(2, t.sentenceIndex());
                ps.setLong(3, annotatorId(c, t.annotator().strip(), now));
                Rows.setNullableLong(ps, 4, label);
                ps.setString(5, t.note());
                ps.setString(6, now);
                ps.setString(7, now);
                ps.setInt(8, t.unsure() ? 1 : 0);
                ps.executeUpdate();
            }
        }
    }

    static long labelId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT l.id FROM labels l JOIN settings s ON s.key = 'label_set' AND l.label_set_id = CAST(s.value AS INTEGER)
                WHERE lower(l.name) = lower(?)""")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("the label '" + name + "' is not in the active label set.");
                }
                return rs.getLong(1);
            }
        }
    }

    static long annotatorId(Connection c, String name, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO annotators (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
            ps.setString(1, name);
            ps.setString(2, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM annotators WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
