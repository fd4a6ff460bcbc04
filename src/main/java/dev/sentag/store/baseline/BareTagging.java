package dev.sentag.store.baseline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The tagging baseline: a bare prepared upsert on the tags table, autocommit, same file and pragmas. */
public final class BareTagging {
    private static final String UPSERT = """
            INSERT INTO tags (sentence_id, annotator_id, label_id, note, created_at, updated_at)
            VALUES (?, ?, ?, NULL, ?, ?)
            ON CONFLICT (sentence_id, annotator_id) DO UPDATE
            SET label_id = excluded.label_id, updated_at = excluded.updated_at""";

    private BareTagging() {
    }

    /** The ids of every current, included sentence: where the benchmark may tag. */
    public static long[] taggableSentences(Path library) throws SQLException {
        try (Connection c = BareSqlite.open(library)) {
            return taggableSentences(c);
        }
    }

    /** {@link #taggableSentences(Path)} over an open connection (a PostgreSQL library's, say). */
    public static long[] taggableSentences(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM sentences WHERE idx IS NOT NULL AND excluded = 0 ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** The bare baseline: one prepared upsert in autocommit, as a different annotator so the rows never collide. */
    public static final class Upsert implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement ps;
        private final long annotatorId;
        private final long[] labelIds;

        /** Opens {@code db} with the bare pragmas and prepares the upsert. */
        public static Upsert open(Path db) throws SQLException {
            return on(BareSqlite.open(db));
        }

        /** Prepares the upsert on {@code c} (in autocommit), which the Upsert then owns and closes. */
        public static Upsert on(Connection c) throws SQLException {
            try {
                return new Upsert(c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }

        private Upsert(Connection c) throws SQLException {
            this.c = c;
            try (PreparedStatement add = c.prepareStatement(
                    "INSERT INTO annotators (name, created_at) VALUES ('bench-baseline', ?)",
                    Statement.RETURN_GENERATED_KEYS); Statement st = c.createStatement()) {
                add.setString(1, Instant.now().toString());
                add.executeUpdate();
                try (ResultSet rs = add.getGeneratedKeys()) {
                    rs.next();
                    annotatorId = rs.getLong(1);
                }
                List<Long> labels = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT id FROM labels WHERE label_set_id = 1 ORDER BY ord")) {
                    while (rs.next()) {
                        labels.add(rs.getLong(1));
                    }
                }
                labelIds = labels.stream().mapToLong(Long::longValue).toArray();
            }
            ps = c.prepareStatement(UPSERT);
        }

        /** Upserts one tag in autocommit; returns the milliseconds until the statement returned. */
        public double tag(long sentenceId, int labelPick) throws SQLException {
            long start = System.nanoTime();
            String now = Instant.now().toString();
            ps.setLong(1, sentenceId);
            ps.setLong(2, annotatorId);
            ps.setLong(3, labelIds[labelPick]);
            ps.setString(4, now);
            ps.setString(5, now);
            ps.executeUpdate();
            return (System.nanoTime() - start) / 1e6;
        }

        @Override
        public void close() throws SQLException {
            try (c) {
                ps.close();
            }
        }
    }
}
