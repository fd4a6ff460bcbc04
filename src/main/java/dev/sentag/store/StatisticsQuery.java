package dev.sentag.store;

import dev.sentag.model.Annotator;
import dev.sentag.model.LibraryStatistics;
import dev.sentag.model.LibraryStatistics.AnnotatorProgress;
import dev.sentag.model.LibraryStatistics.DailyTags;
import dev.sentag.model.LibraryStatistics.DocumentProgress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the statistics view and {@code sentag stats}, in four grouped passes: labels per document and
 * annotator, sentences per document, tags per day from the history, and disputed sentences. Only current sentences
 * that are not excluded count.
 */
public final class StatisticsQuery {
    private final Database db;

    public StatisticsQuery(Database db) {
        this.db = db;
    }

    public LibraryStatistics statistics() {
        return db.read(c -> {
            Map<Long, Map<String, Integer>> taggedPerDocument = new HashMap<>();
            Map<String, Map<String, Integer>> labelsPerAnnotator = new TreeMap<>();
            Map<String, Integer> labels = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.document_id, a.name, l.name, count(*) FROM tags t
                    JOIN sentences s ON s.id = t.sentence_id
                    JOIN annotators a ON a.id = t.annotator_id
                    JOIN labels l ON l.id = t.label_id
                    WHERE s.idx IS NOT NULL AND s.excluded = 0
                    GROUP BY s.document_id, t.annotator_id, t.label_id""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String annotator = rs.getString(2);
                    String label = rs.getString(3);
                    int n = rs.getInt(4);
                    taggedPerDocument.computeIfAbsent(rs.getLong(1), d -> new TreeMap<>()).merge(annotator, n, Integer::sum);
                    labelsPerAnnotator.computeIfAbsent(annotator, a -> new TreeMap<>()).merge(label, n, Integer::sum);
                    labels.merge(label, n, Integer::sum);
                }
            }
            List<DocumentProgress> documents = documents(c, taggedPerDocument);
            Map<String, AnnotatorProgress> annotators = new LinkedHashMap<>();
            int sentences = 0;
            for (DocumentProgress d : documents) {
                sentences += d.sentences();
            }
            for (var e : labelsPerAnnotator.entrySet()) {
                String name = e.getKey();
                int tagged = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
                int complete = (int) documents.stream()
                        .filter(d -> d.sentences() > 0 && d.tagged().getOrDefault(name, 0) == d.sentences()).count();
                annotators.put(name, new AnnotatorProgress(tagged, e.getValue(), complete));
            }
            return new LibraryStatistics(labels, annotators, documents, pace(c), sentences, disputed(c));
        });
    }

    private static List<DocumentProgress> documents(Connection c, Map<Long, Map<String, Integer>> tagged)
            throws SQLException {
        List<DocumentProgress> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, d.title, (SELECT count(*) FROM sentences s WHERE s.document_id = d.id
                                       AND s.idx IS NOT NULL AND s.excluded = 0)
                FROM documents d ORDER BY d.id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DocumentProgress(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        tagged.getOrDefault(rs.getLong(1), Map.of())));
            }
        }
        return out;
    }

    /** Labels set per day and annotator: history rows of kind 'tag' that set a label (clearing one is not pace). */
    private static List<DailyTags> pace(Connection c) throws SQLException {
        List<DailyTags> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT substr(h.at, 1, 10), a.name, count(*) FROM tag_history h
                JOIN annotators a ON a.id = h.annotator_id
                WHERE h.action = 'tag' AND h.new_label_id IS NOT NULL
                GROUP BY 1, h.annotator_id ORDER BY 1, 2""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DailyTags(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return out;
    }

    /** Sentences with two or more different labels from annotators other than the adjudicated gold set. */
    private static int disputed(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT count(*) FROM (SELECT t.sentence_id FROM tags t
                    JOIN sentences s ON s.id = t.sentence_id
                    JOIN annotators a ON a.id = t.annotator_id
                    WHERE t.label_id IS NOT NULL AND s.idx IS NOT NULL AND s.excluded = 0 AND a.name <> ?
                    GROUP BY t.sentence_id HAVING count(DISTINCT t.label_id) >= 2)""")) {
            ps.setString(1, Annotator.GOLD);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }
}
