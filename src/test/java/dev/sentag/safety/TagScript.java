package dev.sentag.safety;

import dev.sentag.SqliteProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Lines for {@code sentag tag --stdin}, and what the database's tag history says was committed. */
final class TagScript {
    static final List<String> LABELS = List.of("claim", "response", "background", "none");

    /** One tag line: document, sentence index, label name ("none" clears). */
    record Line(long doc, int index, String label) {
        String text() {
            return doc + " " + index + " " + label;
        }

        String ack() {
            return "ok " + text();
        }
    }

    private TagScript() {
    }

    /** {@code count} random tags over the given documents (id -> sentence count). */
    static List<Line> random(Random random, Map<Long, Integer> sentences, int count) {
        List<Long> docs = new ArrayList<>(sentences.keySet());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long doc = docs.get(random.nextInt(docs.size()));
            lines.add(new Line(doc, random.nextInt(sentences.get(doc)), LABELS.get(random.nextInt(LABELS.size()))));
        }
        return lines;
    }

    static Path write(Path file, List<Line> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l.text()).append('\n'));
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tag changes committed after history row {@code afterId}, oldest first, as lines. */
    static List<Line> committedAfter(Path db, long afterId) {
        try (Connection c = SqliteProbe.connect(db); PreparedStatement ps = c.prepareStatement("""
                SELECT s.document_id, s.idx, lower(coalesce(l.name, 'none'))
                FROM tag_history h JOIN sentences s ON s.id = h.sentence_id LEFT JOIN labels l ON l.id = h.new_label_id
                WHERE h.id > ? AND h.action = 'tag' ORDER BY h.id""")) {
            ps.setLong(1, afterId);
            List<Line> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Line(rs.getLong(1), rs.getInt(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError("cannot read the tag history of " + db, e);
        }
    }

    static long lastHistoryId(Path db) {
        return SqliteProbe.number(db, "SELECT coalesce(max(id), 0) FROM tag_history");
    }

    /** The current label name of a sentence ("none" when untagged), for the only annotator. */
    static String currentLabel(Path db, long doc, int index) {
        String label = SqliteProbe.text(db, "SELECT lower(l.name) FROM tags t JOIN sentences s ON s.id = t.sentence_id"
                + " JOIN labels l ON l.id = t.label_id WHERE s.document_id = " + doc + " AND s.idx = " + index);
        return label == null ? "none" : label;
    }
}
