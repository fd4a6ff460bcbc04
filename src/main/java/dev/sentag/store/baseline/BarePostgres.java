package dev.sentag.store.baseline;

import dev.sentag.store.LibraryLocation;
import dev.sentag.store.PasswordSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Plain pgjdbc connections for the PostgreSQL rows of the benchmark, and the scratch schemas they run in: each
 * library of a run lives in a schema of its own ({@code sentag_bench_…}) inside the database the user named, made
 * at the start and dropped with everything in it at the end, so the run touches nothing else there.
 */
public final class BarePostgres {
    /** Every scratch schema's name starts with this; a database that already has one is refused. */
    public static final String PREFIX = "sentag_bench_";

    private BarePostgres() {
    }

    /** The server {@code url} names, or bad usage when it names a file. */
    public static LibraryLocation.Server server(String url) {
        if (LibraryLocation.parse(url) instanceof LibraryLocation.Server server) {
            return server;
        }
        throw new IllegalArgumentException("--pg takes a PostgreSQL URL, postgresql://USER@HOST:PORT/DBNAME, not " + url + ".");
    }

    /** The URL of the library in schema {@code schema} of {@code server}'s database (pgjdbc's currentSchema option). */
    public static String inSchema(LibraryLocation.Server server, String schema) {
        String option = "currentSchema=" + schema;
        return new LibraryLocation.Server(server.host(), server.port(), server.database(), server.user(),
                server.query().isEmpty() ? option : server.query() + "&" + option).shown();
    }

    /** A bare connection, password from PGPASSWORD or pgjdbc's own ~/.pgpass, as Sentag finds it. */
    public static Connection open(LibraryLocation.Server server) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", server.user());
        PasswordSource.fromEnvironment().ifPresent(pw -> p.setProperty("password", pw));
        Connection c = new org.postgresql.Driver().connect(server.jdbcUrl(), p);
        if (c == null) {
            throw new SQLException("pgjdbc did not accept " + server.shown());
        }
        return c;
    }

    /** {@link BareTagging#taggableSentences(Connection)} of the library at {@code url}. */
    public static long[] taggableSentences(String url) throws SQLException {
        try (Connection c = open(server(url))) {
            return BareTagging.taggableSentences(c);
        }
    }

    /** The bare upsert on its own connection to the library at {@code url}. */
    public static BareTagging.Upsert upsert(String url) throws SQLException {
        return BareTagging.Upsert.on(open(server(url)));
    }

    /** The document and sentence rows of the library at {@code url}. */
    public static BareImport rows(String url) throws SQLException {
        try (Connection c = open(server(url))) {
            return BareImport.read(c);
        }
    }

    /** Inserts {@code rows} into the empty library at {@code url}; the seconds it took. */
    public static double insert(BareImport rows, String url) throws SQLException {
        try (Connection c = open(server(url))) {
            return rows.insertInto(c);
        }
    }

    /**
     * Creates the scratch schemas {@code PREFIX + name} for {@code names}; refuses (bad usage, nothing made) when the
     * database already holds a schema of that prefix, e.g. one a killed run left.
     */
    public static void createSchemas(LibraryLocation.Server server, List<String> names) throws SQLException {
        try (Connection c = open(server)) {
            List<String> left = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT nspname FROM pg_namespace WHERE starts_with(nspname, ?) ORDER BY nspname")) {
                ps.setString(1, PREFIX);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        left.add(rs.getString(1));
                    }
                }
            }
            if (!left.isEmpty()) {
                throw new IllegalArgumentException(server.shown() + " already holds " + String.join(", ", left)
                        + " (left by an interrupted bench?): drop " + (left.size() == 1 ? "it" : "them")
                        + " with DROP SCHEMA … CASCADE, or give an other database; nothing was changed.");
            }
            c.setAutoCommit(false); // all the schemas or none
            try (Statement st = c.createStatement()) {
                for (String name : names) {
                    st.execute("CREATE SCHEMA " + PREFIX + checked(name));
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if ("42501".equals(e.getSQLState())) {
                    throw new IllegalArgumentException(server.user() + " may not create schemas in " + server.shown()
                            + ": the PostgreSQL rows need a login with CREATE on the database (its owner has it);"
                            + " nothing was changed.");
                }
                throw e;
            }
        }
    }

    /** Drops the scratch schemas {@code PREFIX + name} with everything in them; missing ones are skipped. */
    public static void dropSchemas(LibraryLocation.Server server, List<String> names) throws SQLException {
        try (Connection c = open(server); Statement st = c.createStatement()) {
            for (String name : names) {
                st.execute("DROP SCHEMA IF EXISTS " + PREFIX + checked(name) + " CASCADE");
            }
        }
    }

    /** Schema names go into DDL, which takes no parameters: only the bench's own lower-case names pass. */
    private static String checked(String name) {
        if (!name.matches("[a-z_]{1,40}")) {
            throw new IllegalArgumentException("not a scratch schema name: " + name);
        }
        return name;
    }
}
