package dev.sentag.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/**
 * A team library: one database on a PostgreSQL server, shared by several annotators, each logged in as themselves.
 * Snapshots are not Sentag's job here (the server's own backups, pg_dump, are); transactions that lost a
 * serialization race or a deadlock are run again; the login and its group roles say who the annotator is.
 */
final class PostgresBackend implements Backend {
    private static final System.Logger LOG = System.getLogger(PostgresBackend.class.getName());

    private final LibraryLocation.Server server;
    private volatile Optional<TeamLogin> login;
    private final PasswordSource prompt;

    private PostgresBackend(LibraryLocation.Server server, Optional<TeamLogin> login, PasswordSource prompt) {
        this.server = server;
        this.login = login;
        this.prompt = prompt;
    }

    /** Connects (asking {@code prompt} for a password only if the server wants one and none was found) and migrates. */
    static Database open(LibraryLocation.Server server, PasswordSource prompt) {
        Connection c = connect(server, prompt);
        try {
            PostgresMigrations.migrate(c, server.shown());
            FindIndexFormat.rebuildIfOld(c);
            Optional<TeamLogin> login = TeamSchema.login(c);
            LOG.log(System.Logger.Level.DEBUG, "opened {0}", server.shown());
            return new Database(new PostgresBackend(server, login, prompt), c);
        } catch (SQLException e) {
            Database.closeQuietly(c);
            throw new StoreException("Cannot open the library " + server.shown() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            Database.closeQuietly(c);
            throw e;
        }
    }

    /** A new connection to {@code server}; the password is only ever in the properties of this call. */
    static Connection connect(LibraryLocation.Server server, PasswordSource prompt) {
        Properties p = new Properties();
        p.setProperty("user", server.user());
        p.setProperty("ApplicationName", "sentag");
        p.setProperty("connectTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        PasswordSource.fromEnvironment().ifPresent(pw -> p.setProperty("password", pw));
        try {
            return attempt(server, p);
        } catch (SQLException e) {
            if (wantsPassword(e) && !p.containsKey("password")) {
                Optional<char[]> typed = prompt.ask(server, e.getMessage());
                if (typed.isPresent()) {
                    char[] pw = typed.get();
                    p.setProperty("password", new String(pw));
                    Arrays.fill(pw, '\0');
                    try {
                        return attempt(server, p);
                    } catch (SQLException again) {
                        throw new StoreException(describeConnect(server, again), again);
                    } finally {
                        p.remove("password");
                    }
                }
            }
            throw new StoreException(describeConnect(server, e), e);
        } finally {
            p.remove("password");
        }
    }

    private static Connection attempt(LibraryLocation.Server server, Properties p) throws SQLException {
        Connection c = new org.postgresql.Driver().connect(server.jdbcUrl(), p);
        if (c == null) {
            throw new SQLException("pgjdbc did not accept the URL " + server.shown());
        }
        return c;
    }

    private static boolean wantsPassword(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        return state.equals("28P01") || state.equals("28000") || message.contains("no password was provided");
    }

    private static String describeConnect(LibraryLocation.Server server, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (wantsPassword(e)) {
            return "The server refused the login " + server.user() + " to " + server.shown()
                    + ": wrong or missing password (set PGPASSWORD or ~/.pgpass, or open it in the window).";
        }
        if (state.startsWith("08")) {
            return "Cannot reach the server of " + server.shown() + " (" + e.getMessage() + ").";
        }
        if (state.equals("3D000")) {
            return "The server of " + server.shown() + " has no database " + server.database()
                    + " (create it first, e.g. createdb " + server.database() + ").";
        }
        return "Cannot open the library " + server.shown() + ": " + e.getMessage();
    }

    /**
     * The commit returns before the server flushed its WAL (flushed within a fraction of a second anyway); a later
     * commit that waits flushes it with its own. Reverts by itself at the transaction's end.
     */
    @Override
    public void inQuickCommit(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("SET LOCAL synchronous_commit = off");
        }
    }

    @Override
    public String shown() {
        return server.shown();
    }

    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    @Override
    public Optional<TeamLogin> teamLogin() {
        return login;
    }

    /** This session's server process, whose own notifications are not news; -1 before LISTEN. */
    private int ownPid = -1;

    /**
     * Starts listening on the first call; afterwards takes what the driver has already received, without a round
     * trip to the server, so it is cheap to ask twice a second.
     */
    @Override
    public java.util.Set<Long> changedElsewhere(Connection c) throws SQLException {
        org.postgresql.PGConnection pg = c.unwrap(org.postgresql.PGConnection.class);
        if (ownPid < 0) {
            try (var st = c.createStatement()) {
                st.execute("LISTEN sentag_tags");
            }
            ownPid = pg.getBackendPID();
            return java.util.Set.of();
        }
        org.postgresql.PGNotification[] received = pg.getNotifications();
        if (received == null) {
            return java.util.Set.of();
        }
        java.util.Set<Long> documents = new java.util.TreeSet<>();
        for (org.postgresql.PGNotification n : received) {
            if (n.getPID() != ownPid && n.getParameter() != null && !n.getParameter().isEmpty()) {
                documents.add(Long.parseLong(n.getParameter()));
            }
        }
        return documents;
    }

    @Override
    public void reloadTeamLogin(Connection c) throws SQLException {
        login = TeamSchema.login(c);
    }

    /** Class 08 (connection exception) and 57P0x (the server shutting down or starting). */
    @Override
    public boolean connectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("57P0");
    }

    /** The password is found again as at the start (PGPASSWORD, ~/.pgpass, or the window asks once more). */
    @Override
    public Connection reconnect() {
        Connection c = connect(server, prompt);
        ownPid = -1; // LISTEN again on the new session
        return c;
    }

    /**
     * A REPEATABLE READ, READ ONLY transaction: every table is read as of the same instant while the team goes on
     * tagging, and pgjdbc honours a fetch size (a cursor) only outside autocommit. Rolled back at the end: it wrote
     * nothing.
     */
    @Override
    public <T> T readConsistently(Connection c, SqlWork<T> work) throws SQLException {
        int isolation = c.getTransactionIsolation();
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        c.setAutoCommit(false);
        try {
            return work.run(c);
        } finally {
            c.rollback();
            c.setReadOnly(false);
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(true);
        }
    }

    /** Serialization failures and deadlocks roll the whole transaction back; running it again is safe. */
    @Override
    public boolean retryable(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    @Override
    public String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("42501")) {
            return "Not allowed in the team library " + server.shown() + " as " + server.user() + ": " + firstLine(e);
        }
        if (connectionLost(e)) {
            return "Not saved: the server of " + server.shown() + " cannot be reached (" + firstLine(e) + ").";
        }
        if (retryable(e)) {
            return "Not saved: other annotators' changes kept colliding with this one. Try again.";
        }
        return "Database error in " + server.shown() + ": " + firstLine(e);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public int schemaVersion(Connection c) throws SQLException {
        return PostgresMigrations.version(c);
    }

    @Override
    public boolean snapshotsSupported() {
        return false;
    }

    @Override
    public Path snapshot(Connection c, String reason) {
        throw unsupported();
    }

    @Override
    public Path snapshotAside(String reason) {
        throw unsupported();
    }

    @Override
    public Snapshots snapshots() {
        throw unsupported();
    }

    @Override
    public void restore(Connection c, Path snapshot) {
        throw unsupported();
    }

    private StoreException unsupported() {
        return new StoreException("Snapshots are for SQLite libraries; " + server.shown() + " is a team library on "
                + "PostgreSQL: back it up with the server's tools (pg_dump " + server.database() + ").");
    }
}
