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
            Map<Long, String> annotatorNames = names(c, "SELECT id, name FROM annotators");
            Map<Long, String> labelNames = names(c, "SELECT id, name FROM labels");
            Tally tally = new Tally(annotatorNames, labelNames);
            // One streaming pass in (document, sentence) order over two covering indexes (sentences_counted and
            // V007's tags_counted): no sort, and the disputed sentences are counted on the way. Grouping in SQL
            // needed a temporary b-tree over every tag and took three times as long on 370,000 tags.
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.document_id, s.id, t.annotator_id, t.label_id FROM sentences s
                    JOIN tags t ON t.sentence_id = s.id
                    WHERE s.idx IS NOT NULL AND s.excluded = 0 AND t.label_id IS NOT NULL
                    AND """ + " " + SentenceSearch.NOT_IN_TRASH + SqlDialect.of(c).inSentenceOrder());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tally.add(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }
            }
            tally.endSentence();
            List<DocumentProgress> documents = documents(c, tally.taggedPerDocument);
            Map<String, AnnotatorProgress> annotators = new LinkedHashMap<>();
            int sentences = 0;
            for (DocumentProgress d : documents) {
                sentences += d.sentences();
            }
            for (var e : tally.labelsPerAnnotator.entrySet()) {
                String name = e.getKey();
                int tagged = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
                int complete = (int) documents.stream()
                        .filter(d -> d.sentences() > 0 && d.tagged().getOrDefault(name, 0) == d.sentences()).count();
                annotators.put(name, new AnnotatorProgress(tagged, e.getValue(), complete));
            }
            return new LibraryStatistics(tally.labels, annotators, documents, pace(c, annotatorNames), sentences,
                    tally.disputed);
        });
    }

    private static Map<Long, String> names(Connection c, String sql) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    /** The counts of the streaming pass; rows of one sentence come together. */
    private static final class Tally {
        private final Map<Long, String> annotatorNames;
        private final Map<Long, String> labelNames;
        final Map<Long, Map<String, Integer>> taggedPerDocument = new HashMap<>();
        final Map<String, Map<String, Integer>> labelsPerAnnotator = new TreeMap<>();
        final Map<String, Integer> labels = new TreeMap<>();
        int disputed;
        private long sentence = -1;
        private long firstLabel = -1;
        private boolean differs;

        Tally(Map<Long, String> annotatorNames, Map<Long, String> labelNames) {
            this.annotatorNames = annotatorNames;
            this.labelNames = labelNames;
        }

        void add(long documentId, long sentenceId, long annotatorId, long labelId) {
            String annotator = annotatorNames.get(annotatorId);
            String label = labelNames.get(labelId);
            taggedPerDocument.computeIfAbsent(documentId, d -> new TreeMap<>()).merge(annotator, 1, Integer::sum);
            labelsPerAnnotator.computeIfAbsent(annotator, a -> new TreeMap<>()).merge(label, 1, Integer::sum);
            labels.merge(label, 1, Integer::sum);
            if (sentenceId != sentence) {
                endSentence();
                sentence = sentenceId;
            }
            if (!Annotator.GOLD.equals(annotator)) {
                if (firstLabel < 0) {
                    firstLabel = labelId;
                } else if (firstLabel != labelId) {
                    differs = true;
                }
            }
        }

        void endSentence() {
            if (differs) {
                disputed++;
            }
            firstLabel = -1;
            differs = false;
        }
    }

    private static List<DocumentProgress> documents(Connection c, Map<Long, Map<String, Integer>> tagged)
            throws SQLException {
        List<DocumentProgress> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, d.title, (SELECT count(*) FROM sentences s WHERE s.document_id = d.id
                                       AND s.idx IS NOT NULL AND s.excluded = 0)
                FROM documents d WHERE d.deleted_at IS NULL ORDER BY d.id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DocumentProgress(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        tagged.getOrDefault(rs.getLong(1), Map.of())));
            }
        }
        return out;
    }

    /**
     * Labels set per day and annotator: history rows of kind 'tag' that set a label (clearing one is not pace). A scan of
     * tag_history: V011 dropped the index that read it in order, since every keypress paid for that index.
     */
    private static List<DailyTags> pace(Connection c, Map<Long, String> annotatorNames) throws SQLException {
        List<DailyTags> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT h.annotator_id, substr(h.at, 1, 10), count(*) FROM tag_history h
                WHERE h.action = 'tag' AND h.new_label_id IS NOT NULL
                GROUP BY h.annotator_id, substr(h.at, 1, 10)""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DailyTags(rs.getString(2), annotatorNames.get(rs.getLong(1)), rs.getInt(3)));
            }
        }
        out.sort(java.util.Comparator.comparing(DailyTags::day).thenComparing(DailyTags::annotator));
        return out;
    }
}
