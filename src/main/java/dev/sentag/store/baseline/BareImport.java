package dev.sentag.store.baseline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The import baseline: the document and sentence rows Sentag stored, held in memory so the timed part only inserts. */
public record BareImport(List<Object[]> documents, List<int[]> sentences) {
    public static BareImport read(Path db) throws SQLException {
        try (Connection c = BareSqlite.open(db)) {
            return read(c);
        }
    }

    /** {@link #read(Path)} over an open connection (a PostgreSQL library's, say). */
    public static BareImport read(Connection c) throws SQLException {
        List<Object[]> documents = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT id, title, source, text, content_hash, imported_at FROM documents ORDER BY id""")) {
                while (rs.next()) {
                    documents.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)});
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT document_id, idx, start, "end", excluded FROM sentences ORDER BY id""")) {
                while (rs.next()) {
                    sentences.add(new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)});
                }
            }
        }
        return new BareImport(documents, sentences);
    }

    public int sentenceCount() {
        return sentences.size();
    }

    /** Inserts every row in one transaction and returns the seconds from BEGIN to the returned COMMIT. */
    public double insertInto(Path db) throws SQLException {
        try (Connection c = BareSqlite.open(db)) {
            return insertInto(c);
        }
    }

    /** {@link #insertInto(Path)} over an open connection to an empty library of the same schema. */
    public double insertInto(Connection c) throws SQLException {
        try (PreparedStatement doc = c.prepareStatement("""
                     INSERT INTO documents (id, title, source, text, content_hash, imported_at)
                     VALUES (?, ?, ?, ?, ?, ?)""");
             PreparedStatement sentence = c.prepareStatement("""
                     INSERT INTO sentences (document_id, idx, start, "end", excluded) VALUES (?, ?, ?, ?, ?)""")) {
            long start = System.nanoTime();
            c.setAutoCommit(false);
            for (Object[] d : documents) {
                for (int k = 0; k < d.length; k++) {
                    doc.setObject(k + 1, d[k]);
                }
                doc.executeUpdate();
            }
            for (int[] s : sentences) {
                for (int k = 0; k < s.length; k++) {
                    sentence.setInt(k + 1, s[k]);
                }
                sentence.addBatch();
            }
            sentence.executeBatch();
            c.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
