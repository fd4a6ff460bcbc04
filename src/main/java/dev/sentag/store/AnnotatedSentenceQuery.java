package dev.sentag.store;

import dev.sentag.model.AnnotatedSentence;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Consumer;

/** Streams every sentence with one annotator's tags, document by document, without holding the corpus. */
public final class AnnotatedSentenceQuery {
    private final Database db;

    public AnnotatedSentenceQuery(Database db) {
        this.db = db;
    }

    /** Calls {@code sink} for each included sentence of every document in order; untagged ones have a null label. */
    public void forEach(long annotatorId, Consumer<AnnotatedSentence> sink) {
        forEach(annotatorId, false, sink);
    }

    /** As {@link #forEach(long, Consumer)}, with excluded sentences (web residue) too if {@code includeExcluded}. */
    public void forEach(long annotatorId, boolean includeExcluded, Consumer<AnnotatedSentence> sink) {
        db.read(c -> {
            try (PreparedStatement docs = c.prepareStatement("SELECT id, title, text FROM documents ORDER BY id");
                 PreparedStatement sentences = c.prepareStatement("""
                         SELECT s.idx, s.start, s."end", l.name AS label, a.name AS annotator, t.note, t.updated_at
                         FROM sentences s
                         LEFT JOIN tags t ON t.sentence_id = s.id AND t.annotator_id = ?
                         LEFT JOIN labels l ON l.id = t.label_id
                         LEFT JOIN annotators a ON a.id = t.annotator_id
                         WHERE s.document_id = ? AND s.idx IS NOT NULL AND (? OR s.excluded = 0) ORDER BY s.idx""");
                 ResultSet d = docs.executeQuery()) {
                sentences.setLong(1, annotatorId);
                sentences.setBoolean(3, includeExcluded);
                while (d.next()) {
                    long docId = d.getLong("id");
                    String title = d.getString("title");
                    String text = d.getString("text");
                    sentences.setLong(2, docId);
                    try (ResultSet s = sentences.executeQuery()) {
                        while (s.next()) {
                            int start = s.getInt("start");
                            int end = s.getInt("end");
                            sink.accept(new AnnotatedSentence(docId, title, s.getInt("idx"), start, end,
                                    text.substring(start, end), s.getString("label"), s.getString("annotator"),
                                    s.getString("note"), Rows.instant(s, "updated_at")));
                        }
                    }
                }
            }
            return null;
        });
    }
}
