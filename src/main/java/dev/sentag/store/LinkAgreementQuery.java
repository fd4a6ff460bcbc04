package dev.sentag.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What agreement on links and speakers needs, per annotator, over current sentences of the chosen documents; documents
 * in the trash are no part of it, as in {@link AgreementQuery}.
 */
public final class LinkAgreementQuery {
    private final Database db;

    public LinkAgreementQuery(Database db) {
        this.db = db;
    }

    /**
     * Per annotator: the documents they tagged, their links as "doc:from>to:type" (sentence ids), and their
     * speakers by sentence id.
     */
    public record Coded(Map<String, Set<Long>> documents, Map<String, Set<String>> links,
                        Map<String, Map<Long, String>> speakers) {
    }

    /** Reads the documents given (all when the list is empty). */
    public Coded read(List<Long> documentIds) {
        String docFilter = documentIds.isEmpty() ? ""
                : " AND s.document_id IN (" + String.join(",", documentIds.stream().map(d -> "?").toList()) + ")";
        return db.read(c -> {
            Map<String, Set<Long>> documents = new HashMap<>();
            Map<String, Set<String>> links = new HashMap<>();
            Map<String, Map<Long, String>> speakers = new HashMap<>();
            query(c, """
                    SELECT DISTINCT a.name, s.document_id FROM tags t JOIN sentences s ON s.id = t.sentence_id
                    JOIN annotators a ON a.id = t.annotator_id
                    JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
                    WHERE t.label_id IS NOT NULL AND s.idx IS NOT NULL AND s.excluded = 0""" + docFilter, documentIds,
                    rs -> documents.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2)));
            query(c, """
                    SELECT a.name, s.document_id, l.from_sentence_id, l.to_sentence_id, r.name FROM links l
                    JOIN sentences s ON s.id = l.from_sentence_id JOIN sentences t ON t.id = l.to_sentence_id
                    JOIN annotators a ON a.id = l.annotator_id JOIN relation_types r ON r.id = l.relation_type_id
                    JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
                    WHERE s.idx IS NOT NULL AND t.idx IS NOT NULL""" + docFilter, documentIds,
                    rs -> links.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                            .add(rs.getLong(2) + ":" + rs.getLong(3) + ">" + rs.getLong(4) + ":" + rs.getString(5)));
            query(c, """
                    SELECT a.name, s.document_id, p.sentence_id, p.name FROM speakers p
                    JOIN sentences s ON s.id = p.sentence_id JOIN annotators a ON a.id = p.annotator_id
                    JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
                    WHERE s.idx IS NOT NULL AND s.excluded = 0""" + docFilter, documentIds,
                    rs -> speakers.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getLong(3), rs.getString(4)));
            return new Coded(documents, links, speakers);
        });
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, List<Long> documentIds, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < documentIds.size(); i++) {
                ps.setLong(i + 1, documentIds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
