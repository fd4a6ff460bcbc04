package dev.sentag.store;

import dev.sentag.model.SentenceLabel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Consumer;

/** Reads the units of agreement: current, not excluded sentences of documents not in the trash, and every label on them. */
public final class AgreementQuery {
    /** Documents in the trash are no part of any agreement figure. */
    private static final String LISTED = " JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL ";
    private final Database db;

    public AgreementQuery(Database db) {
        this.db = db;
    }

    /**
     * Calls {@code unit} for every current, non-excluded sentence of the documents (all when the list is
     * empty), and {@code label} for every label an annotator put on one of them.
     */
    public void read(List<Long> documentIds, LongConsumer unit, Consumer<SentenceLabel> label) {
        String docFilter = documentIds.isEmpty() ? ""
                : " AND s.document_id IN (" + String.join(",", documentIds.stream().map(d -> "?").toList()) + ")";
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT s.id FROM sentences s" + LISTED + " WHERE s.idx IS NOT NULL AND s.excluded = 0" + docFilter
                            + " ORDER BY s.document_id, s.idx")) {
                bind(ps, documentIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        unit.accept(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.id, a.name, l.name FROM tags t
                    JOIN sentences s ON s.id = t.sentence_id
                    JOIN annotators a ON a.id = t.annotator_id
                    JOIN labels l ON l.id = t.label_id""" + LISTED + """
                    WHERE s.idx IS NOT NULL AND s.excluded = 0""" + docFilter)) {
                bind(ps, documentIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        label.accept(new SentenceLabel(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return null;
        });
    }

    /** A document's units (current, non-excluded sentences) and how many of them each annotator labelled. */
    public record Coverage(long documentId, int units, java.util.Map<String, Integer> labelled) {
    }

    /** The coverage of every document not in the trash that has units, in id order. */
    public List<Coverage> coverage() {
        return db.read(c -> {
            java.util.Map<Long, Coverage> out = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.document_id, count(*) FROM sentences s" + LISTED
                    + " WHERE s.idx IS NOT NULL AND s.excluded = 0 GROUP BY s.document_id ORDER BY s.document_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Coverage(rs.getLong(1), rs.getInt(2), new java.util.TreeMap<>()));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.document_id, a.name, count(*) FROM tags t
                    JOIN sentences s ON s.id = t.sentence_id
                    JOIN annotators a ON a.id = t.annotator_id""" + LISTED + """
                    WHERE t.label_id IS NOT NULL AND s.idx IS NOT NULL AND s.excluded = 0
                    GROUP BY s.document_id, a.name""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Coverage doc = out.get(rs.getLong(1));
                    if (doc != null) {
                        doc.labelled().put(rs.getString(2), rs.getInt(3));
                    }
                }
            }
            return List.copyOf(out.values());
        });
    }

    /** The names of the annotators who labelled at least one current, non-excluded sentence, sorted. */
    public List<String> annotators() {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT a.name FROM tags t
                    JOIN sentences s ON s.id = t.sentence_id
                    JOIN annotators a ON a.id = t.annotator_id
                    JOIN labels l ON l.id = t.label_id""" + LISTED + """
                    WHERE s.idx IS NOT NULL AND s.excluded = 0 ORDER BY a.name""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    private static void bind(PreparedStatement ps, List<Long> ids) throws java.sql.SQLException {
        List<Long> copy = new ArrayList<>(ids);
        for (int i = 0; i < copy.size(); i++) {
            ps.setLong(i + 1, copy.get(i));
        }
    }
}
