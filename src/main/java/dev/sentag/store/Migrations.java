package dev.sentag.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Brings a database to the current schema version, one numbered script at a time. */
final class Migrations {
    /** Scripts in order; the schema version after running script i is i + 1. */
    private static final List<String> SCRIPTS = List.of("V001__initial.sql", "V002__library_list_indexes.sql",
            "V003__open_history.sql", "V004__links_speakers.sql", "V005__corpus_trash.sql", "V006__codebook.sql",
            "V007__find_fts.sql", "V008__relation_types_codebook.sql",
            "V009__assignments.sql", "V010__find_index_queue.sql", "V011__tag_path_indexes.sql");

    static final int CURRENT_VERSION = SCRIPTS.size();

    private Migrations() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    /**
     * Runs every script above the database's version, each with its version bump in one transaction;
     * {@code beforeUpgrade} runs first when an existing library (not a new file) is about to change.
     */
    static void migrate(Connection c, String where, SqlWork<?> beforeUpgrade) throws SQLException {
        migrate(c, where, beforeUpgrade, SCRIPTS);
    }

    /** {@link #migrate(Connection, String, SqlWork)} with a given script list (tests add a version of their own). */
    static void migrate(Connection c, String where, SqlWork<?> beforeUpgrade, List<String> scripts) throws SQLException {
        int current = scripts.size();
        int version = version(c);
        if (version > current) {
            throw new StoreException(where + " was written by a newer Sentag (schema version " + version
                    + ", this program knows up to " + current + "). Update Sentag to open it; "
                    + "the file was not changed.");
        }
        if (version == 0 && hasTables(c)) {
            throw new StoreException(where + " is an SQLite database of another program, not a Sentag library; "
                    + "the file was not changed. Choose another file.");
        }
        if (version > 0 && version < current) {
            beforeUpgrade.run(c);
        }
        for (int v = version; v < current; v++) {
            int reached = v + 1;
            runScript(c, read(scripts.get(v)), st -> st.executeUpdate("PRAGMA user_version = " + reached));
        }
    }

    /** What a script's run does after its statements, in the same transaction: the version bump. */
    interface Bump {
        void run(Statement st) throws SQLException;
    }

    /** Runs {@code script}'s statements and then {@code bump} in one transaction (both backends' migrations). */
    static void runScript(Connection c, String script, Bump bump) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : statements(script)) {
                st.executeUpdate(sql);
            }
            bump.run(st);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.getInt(1) > 0;
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Our scripts keep one statement per ';' at a line end and comments on their own lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
