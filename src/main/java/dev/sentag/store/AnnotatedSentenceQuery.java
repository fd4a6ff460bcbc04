package dev.sentag.store;

import dev.sentag.model.AnnotatedDocument;
import dev.sentag.model.AnnotatedSentence;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams every document with one annotator's tags, one document in memory at a time, never the corpus.
 * Excluded sentences are included (flagged); callers decide what to leave out.
 */
public final class AnnotatedSentenceQuery {
    private final Database db;

    public AnnotatedSentenceQuery(Database db) {
        this.db = db;
    }

    private static Integer version(ResultSet s) throws java.sql.SQLException {
        int v = s.getInt("codebook_version");
        return s.wasNull() ? null : v;
    }

    /** How many documents the library holds (the denominator of an export's progress). */
    public int documentCount() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM documents WHERE deleted_at IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * The names of the active label set's relation types, in order (for the formats that declare them), and of
     * any retired type a link still has (an undo can bring back a link whose type was retired since).
     */
    public List<String> relationTypeNames() {
        return db.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT name FROM relation_types r WHERE label_set_id = %s
                    AND (retired = 0 OR EXISTS (SELECT 1 FROM links l WHERE l.relation_type_id = r.id))
                    ORDER BY retired, ord, id""".formatted(CodebookRepository.ACTIVE_SET));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Calls {@code sink} for each sentence of every document in order; untagged ones have a null label. */
    public void forEach(long annotatorId, Consumer<AnnotatedSentence> sink) {
        forEachDocument(annotatorId, d -> d.sentences().forEach(sink));
    }

    /**
     * Calls {@code sink} once per document, in id order, with its current sentences in order. An exception
     * thrown by {@code sink} (e.g. a cancellation) stops the walk and propagates.
     */
    public void forEachDocument(long annotatorId, Consumer<AnnotatedDocument> sink) {
        db.read(c -> {
            try (PreparedStatement docs = c.prepareStatement("""
                         SELECT id, title, text, metadata, source, imported_at FROM documents WHERE deleted_at IS NULL ORDER BY id""");
                 PreparedStatement sentences = c.prepareStatement("""
                         SELECT s.idx, s.start, s."end", s.excluded, l.name AS label, a.name AS annotator, t.note,
                                t.updated_at, t.codebook_version, t.unsure
                         FROM sentences s
                         LEFT JOIN tags t ON t.sentence_id = s.id AND t.annotator_id = ?
                         LEFT JOIN labels l ON l.id = t.label_id
                         LEFT JOIN annotators a ON a.id = t.annotator_id
                         WHERE s.document_id = ? AND s.idx IS NOT NULL ORDER BY s.idx""");
                 LinkRows links = new LinkRows(c, annotatorId);
                 ResultSet d = docs.executeQuery()) {
                sentences.setLong(1, annotatorId);
                while (d.next()) {
                    long docId = d.getLong("id");
                    String title = d.getString("title");
                    String text = d.getString("text");
                    sentences.setLong(2, docId);
                    List<AnnotatedSentence> list = new ArrayList<>();
                    try (ResultSet s = sentences.executeQuery()) {
                        while (s.next()) {
                            int start = s.getInt("start");
                            int end = s.getInt("end");
                            list.add(new AnnotatedSentence(docId, title, s.getInt("idx"), start, end,
                                    text.substring(start, end), s.getString("label"), s.getString("annotator"),
                                    s.getString("note"), Rows.instant(s, "updated_at"), s.getInt("excluded") != 0,
                                    version(s), s.getInt("unsure") != 0));
                        }
                    }
                    sink.accept(new AnnotatedDocument(docId, title, text, d.getString("metadata"), list,
                            d.getString("source"), Rows.instant(d, "imported_at"),
                            links.of(docId)));
                }
            }
            return null;
        });
    }
}
