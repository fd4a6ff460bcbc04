package dev.sentag.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which way a PostgreSQL library's find index (sentence_fts.tsv) was made, kept in settings: libraries made before
 * {@link FindTerms} hold PostgreSQL's own English vectors (no accent folding, other stems, stop words left out), which
 * the queries of {@link PostgresTextQuery} do not match the same way. The first open by a login that may rewrite the
 * index (the library's owner, a team's admin) rebuilds it once; the schema itself is unchanged, so no schema version
 * is spent on it. Until then an annotator's find still works, on the old index.
 */
final class FindIndexFormat {
    static final String KEY = "sentence_fts_format";
    /** The terms of FTS5's {@code porter unicode61 remove_diacritics 2}, made in Java. */
    static final String CURRENT = "fts5-porter-unicode61-2";

    private static final System.Logger LOG = System.getLogger(FindIndexFormat.class.getName());

    private FindIndexFormat() {
    }

    /** Rebuilds the index if it was made another way and this login may; returns whether it did. */
    static boolean rebuildIfOld(Connection c) throws SQLException {
        if (current(c) || !mayRewrite(c)) {
            return false;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement st = c.createStatement()) {
                // One rebuild at a time: a second Sentag opening the same library waits, then finds it done.
                st.execute("LOCK TABLE sentence_fts IN EXCLUSIVE MODE");
            }
            if (current(c)) {
                c.rollback();
                return false;
            }
            SentenceTextIndex.rebuild(c);
            rebuilt(c);
            c.commit();
            LOG.log(System.Logger.Level.INFO, "find index rebuilt as {0}", CURRENT);
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * After the index was rebuilt in the caller's transaction (a copy): a PostgreSQL library records that it is
     * current, a library file (whose FTS5 index needs no such record) keeps none that came along from a team library.
     */
    static void rebuilt(Connection c) throws SQLException {
        boolean postgres = SqlDialect.of(c) == SqlDialect.POSTGRES;
        try (PreparedStatement ps = c.prepareStatement(postgres ? """
                INSERT INTO settings (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value""" : "DELETE FROM settings WHERE key = ?")) {
            ps.setString(1, KEY);
            if (postgres) {
                ps.setString(2, CURRENT);
            }
            ps.executeUpdate();
        }
    }

    private static boolean current(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && CURRENT.equals(rs.getString(1));
            }
        }
    }

    private static boolean mayRewrite(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT has_table_privilege('sentence_fts', 'DELETE') AND has_table_privilege('sentence_fts', 'INSERT')
                   AND has_table_privilege('settings', 'INSERT') AND has_table_privilege('settings', 'UPDATE')
                   AND has_table_privilege('find_index_queue', 'DELETE')""")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
