package dev.sentag.store.baseline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The find and statistics baselines: the full-text match and the label count as single bare SELECTs on the same
 * tables, and the tags the statistics row counts, written straight into a bench library.
 */
public final class BareFind {
    private static final String MATCH = """
            SELECT s.document_id, s.idx, s.start, s."end" FROM sentence_fts f JOIN sentences s ON s.id = f.rowid
            WHERE sentence_fts MATCH ? AND s.idx IS NOT NULL AND s.excluded = 0
            ORDER BY s.document_id, s.idx LIMIT ?""";
    private static final String COUNT = """
            SELECT t.annotator_id, t.label_id, count(*) FROM tags t JOIN sentences s ON s.id = t.sentence_id
            WHERE s.idx IS NOT NULL AND s.excluded = 0 GROUP BY t.annotator_id, t.label_id""";

    private BareFind() {
    }

    /** A bare connection the find and statistics baselines run on; the caller never sees java.sql. */
    public static final class Session implements AutoCloseable {
        private final Connection c;

        private Session(Connection c) {
            this.c = c;
        }

        public static Session open(Path db) throws SQLException {
            return new Session(BareSqlite.open(db));
        }

        public int match(String query, int limit) throws SQLException {
            return BareFind.match(c, query, limit);
        }

        public long countLabels() throws SQLException {
            return BareFind.countLabels(c);
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }

    /** The rows a bare FTS5 match returns for {@code query} (already in FTS5 syntax), at most {@code limit}. */
    static int match(Connection c, String query, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MATCH)) {
            ps.setString(1, query);
            ps.setInt(2, limit);
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    /** Labels per annotator in one grouped pass; returns the tags counted. */
    static long countLabels(Connection c) throws SQLException {
        long tags = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(COUNT)) {
            while (rs.next()) {
                tags += rs.getLong(3);
            }
        }
        return tags;
    }

    /**
     * Gives two annotators tags on the library's current sentences (ana two in three, ben every other, labels
     * spread, so about one sentence in six is disputed), with one history row per tag; returns the tags written.
     */
    public static long seedTags(Path db) throws SQLException {
        try (Connection c = BareSqlite.open(db); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("INSERT OR IGNORE INTO annotators (name, created_at) VALUES ('ana', '2026-01-01T00:00:00Z'),"
                    + " ('ben', '2026-01-01T00:00:00Z')");
            long tags = 0;
            tags += st.executeUpdate("""
                    INSERT OR IGNORE INTO tags (sentence_id, annotator_id, label_id, created_at, updated_at)
                    SELECT s.id, (SELECT id FROM annotators WHERE name = 'ana'), 1 + s.id % 3,
                           '2026-01-0' || (1 + s.id % 5) || 'T10:00:00Z', '2026-01-01T10:00:00Z'
                    FROM sentences s WHERE s.idx IS NOT NULL AND s.id % 3 <> 0""");
            tags += st.executeUpdate("""
                    INSERT OR IGNORE INTO tags (sentence_id, annotator_id, label_id, created_at, updated_at)
                    SELECT s.id, (SELECT id FROM annotators WHERE name = 'ben'), 1 + (s.id / 2) % 3,
                           '2026-01-0' || (1 + s.id % 4) || 'T10:00:00Z', '2026-01-01T10:00:00Z'
                    FROM sentences s WHERE s.idx IS NOT NULL AND s.id % 2 = 0""");
            st.executeUpdate("""
                    INSERT INTO tag_history (sentence_id, annotator_id, new_label_id, action, at)
                    SELECT sentence_id, annotator_id, label_id, 'tag', created_at FROM tags""");
            c.commit();
            return tags;
        }
    }
}
