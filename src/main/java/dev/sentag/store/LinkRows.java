package dev.sentag.store;

import dev.sentag.model.DocumentLinks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads one annotator's links and speakers per document for a streaming export, with statements prepared once. */
final class LinkRows implements AutoCloseable {
    private final PreparedStatement links;
    private final PreparedStatement speakers;
    private final PreparedStatement annotator;
    private final long annotatorId;

    LinkRows(Connection c, long annotatorId) throws SQLException {
        this.annotatorId = annotatorId;
        this.links = c.prepareStatement("""
                SELECT f.idx, t.idx, r.name FROM links l JOIN sentences f ON f.id = l.from_sentence_id
                JOIN sentences t ON t.id = l.to_sentence_id JOIN relation_types r ON r.id = l.relation_type_id
                WHERE f.document_id = ? AND l.annotator_id = ? AND f.idx IS NOT NULL AND t.idx IS NOT NULL
                ORDER BY f.idx, t.idx, r.ord""");
        this.speakers = c.prepareStatement("""
                SELECT s.idx, p.name FROM speakers p JOIN sentences s ON s.id = p.sentence_id
                WHERE s.document_id = ? AND p.annotator_id = ? AND s.idx IS NOT NULL ORDER BY s.idx""");
        this.annotator = c.prepareStatement("SELECT name FROM annotators WHERE id = ?");
    }

    DocumentLinks of(long documentId) throws SQLException {
        List<DocumentLinks.LinkAt> found = new ArrayList<>();
        links.setLong(1, documentId);
        links.setLong(2, annotatorId);
        try (ResultSet rs = links.executeQuery()) {
            while (rs.next()) {
                found.add(new DocumentLinks.LinkAt(rs.getInt(1), rs.getInt(2), rs.getString(3)));
            }
        }
        Map<Integer, String> names = new HashMap<>();
        speakers.setLong(1, documentId);
        speakers.setLong(2, annotatorId);
        try (ResultSet rs = speakers.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getInt(1), rs.getString(2));
            }
        }
        if (found.isEmpty() && names.isEmpty()) {
            return DocumentLinks.NONE;
        }
        annotator.setLong(1, annotatorId);
        try (ResultSet rs = annotator.executeQuery()) {
            return new DocumentLinks(rs.next() ? rs.getString(1) : null, found, names);
        }
    }

    @Override
    public void close() throws SQLException {
        links.close();
        speakers.close();
        annotator.close();
    }
}
