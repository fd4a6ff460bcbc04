package dev.sentag.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema history of a PostgreSQL library, numbered like SQLite's ({@link Migrations}): a new library starts at
 * version {@value #BASELINE} with one script making that schema, and each later version has a script of the same
 * number in {@code migrations/postgresql/}. The version is kept in the one-row table {@code sentag_schema}.
 */
final class PostgresMigrations {
    /** The version the first script makes. */
    static final int BASELINE = 8;
    /** Scripts in order: the first makes version {@link #BASELINE}, each after it one version more. */
    private static final List<String> SCRIPTS = List.of("V008__schema.sql", "V009__assignments.sql",
            "V010__find_index_queue.sql", "V011__tag_path_indexes.sql");

    static final int CURRENT_VERSION = BASELINE + SCRIPTS.size() - 1;

    /** PostgreSQL's SQLSTATE for a statement the login may not run (not the owner, no grant). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private PostgresMigrations() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT to_regclass('sentag_schema') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT version FROM sentag_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the database at {@code where} to the current version; each script with its version bump is one transaction. */
    static void migrate(Connection c, String where) throws SQLException {
        if (CURRENT_VERSION != Migrations.CURRENT_VERSION) {
            throw new IllegalStateException("PostgreSQL schema " + CURRENT_VERSION + " lags SQLite schema "
                    + Migrations.CURRENT_VERSION + ": add its script to migrations/postgresql");
        }
        int version = version(c);
        if (version > CURRENT_VERSION) {
            throw new StoreException(where + " was written by a newer Sentag (schema version " + version
                    + ", this program knows up to " + CURRENT_VERSION + "). Update Sentag to open it; nothing was changed.");
        }
        if (version == 0 && hasTables(c)) {
            throw new StoreException(where + " holds tables of another program, not a Sentag library; nothing was "
                    + "changed. Use an empty database (createdb) for a new library.");
        }
        int from = version == 0 ? 0 : version - BASELINE + 1;
        for (int i = from; i < SCRIPTS.size(); i++) {
            int reached = BASELINE + i;
            boolean first = i == 0;
            try {
                Migrations.runScript(c, read(SCRIPTS.get(i)), st -> {
                    if (first) {
                        st.executeUpdate("""
                                CREATE TABLE sentag_schema (version INTEGER NOT NULL,
                                    one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one))""");
                        st.executeUpdate("INSERT INTO sentag_schema (version) VALUES (" + reached + ")");
                    } else {
                        st.executeUpdate("UPDATE sentag_schema SET version = " + reached);
                    }
                });
            } catch (SQLException e) {
                if (!first && INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                    throw new StoreException(where + " needs its schema upgraded from version " + version + " to "
                            + CURRENT_VERSION + ", which only an admin of the team may do: ask one to open it once"
                            + " with this Sentag. Nothing was changed.", e);
                }
                throw e;
            }
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    static String read(String script) {
        try (InputStream in = PostgresMigrations.class.getResourceAsStream("migrations/postgresql/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: postgresql/" + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
