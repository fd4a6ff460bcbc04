package dev.sentag.store;

import dev.sentag.model.TeamMember;
import dev.sentag.model.TeamRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * What a team library's database enforces by itself, whatever program connects: three group roles, the grants, and
 * row-level security. Every member reads everything. An annotator writes only rows whose annotator is their own
 * login (tags and notes, links, speakers, undo history); members of {@code sentag_adjudicator} also the rows of
 * {@code gold}; only {@code sentag_admin}, which owns the schema, changes documents, sentences (so also merges and
 * splits: the text is shared), labels, the codebook, annotators and settings, or truncates, drops and alters.
 */
final class TeamSchema {
    static final String ANNOTATOR = "sentag_annotator";
    static final String ADJUDICATOR = "sentag_adjudicator";
    static final String ADMIN = "sentag_admin";
    static final String TEAM_SETTING = "team";

    /** Tables each annotator writes, their own rows only; the column naming whose row it is. */
    private static final List<String> OWN_ROWS = List.of("tags", "speakers", "links", "tag_history");

    /** Logins are plain lower-case names, so they read the same quoted or not, in psql and in Sentag. */
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private TeamSchema() {
    }

    /** The login and its roles when the library is a team library; empty otherwise. */
    static Optional<TeamLogin> login(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM settings WHERE key = ?")) {
            ps.setString(1, TEAM_SETTING);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT session_user, pg_has_role(session_user, 'sentag_adjudicator', 'MEMBER'),
                       pg_has_role(session_user, 'sentag_admin', 'MEMBER')""")) {
            rs.next();
            return Optional.of(new TeamLogin(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)));
        }
    }

    /**
     * Makes the library a team library: roles (made if missing), the login running this an admin, the schema owned
     * by {@code sentag_admin}, grants and policies. Runs in the caller's transaction; refused on a library that is
     * one already.
     */
    static void init(Connection c) throws SQLException {
        if (login(c).isPresent()) {
            throw new IllegalArgumentException("This library is a team library already (sentag team list shows its members).");
        }
        try (Statement st = c.createStatement()) {
            for (String role : List.of(ANNOTATOR, ADJUDICATOR, ADMIN)) {
                if (!roleExists(c, role)) {
                    st.execute("CREATE ROLE " + role + " NOLOGIN");
                }
            }
            st.execute("GRANT " + ANNOTATOR + " TO " + ADJUDICATOR);
            st.execute("GRANT " + ADJUDICATOR + " TO " + ADMIN);
            st.execute("GRANT " + ADMIN + " TO " + quoted(c, currentUser(c)));
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                st.execute("ALTER TABLE " + quoted(c, table) + " OWNER TO " + ADMIN);
            }
            st.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            st.execute("GRANT USAGE ON SCHEMA public TO " + ANNOTATOR);
            st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + ANNOTATOR);
            st.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + ANNOTATOR);
            for (String table : OWN_ROWS) {
                st.execute("GRANT INSERT, UPDATE, DELETE ON " + table + " TO " + ANNOTATOR);
                st.execute("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
                st.execute("CREATE POLICY everyone_reads ON " + table + " FOR SELECT USING (true)");
                String own = """
                        EXISTS (SELECT 1 FROM annotators a WHERE a.id = annotator_id AND (a.name = session_user
                            OR (a.name = 'gold' AND pg_has_role(session_user, 'sentag_adjudicator', 'MEMBER'))))""";
                st.execute("CREATE POLICY own_rows ON " + table + " FOR ALL TO " + ANNOTATOR
                        + " USING (" + own + ") WITH CHECK (" + own + ")");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO annotators (name, created_at) VALUES ('gold', ?) ON CONFLICT (name) DO NOTHING""")) {
            ps.setString(1, Rows.now());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, '1')")) {
            ps.setString(1, TEAM_SETTING);
            ps.executeUpdate();
        }
        addAnnotatorRow(c, currentUser(c));
    }

    /**
     * A new login {@code name} in {@code role}, with {@code password} (hashed as SCRAM by the driver, so the server
     * never sees it in clear), and its annotators row. Names are checked here; quoting is left to the driver.
     */
    static void add(Connection c, String name, TeamRole role, char[] password) throws SQLException {
        if (!LOGIN.matcher(name).matches()) {
            throw new IllegalArgumentException("A login is 1 to 63 lower-case letters, digits or _ and starts with a "
                    + "letter or _; not: " + name);
        }
        if (name.equals("gold") || name.startsWith("pg_") || name.startsWith("sentag_") || name.equals("public")) {
            throw new IllegalArgumentException(name + " is reserved; choose another login.");
        }
        if (password.length == 0) {
            throw new IllegalArgumentException("The password is empty: give it on standard input (--password-stdin).");
        }
        if (roleExists(c, name)) {
            throw new IllegalArgumentException("The server has a login " + name + " already.");
        }
        String login = quoted(c, name);
        try (Statement st = c.createStatement()) {
            if (role == TeamRole.ADMIN) {
                // An admin adds members in turn: that takes CREATEROLE and, since PostgreSQL 16, the ADMIN option
                // on each group role it hands out.
                st.execute("CREATE ROLE " + login + " LOGIN CREATEROLE");
                for (String group : List.of(ANNOTATOR, ADJUDICATOR, ADMIN)) {
                    st.execute("GRANT " + group + " TO " + login + " WITH ADMIN OPTION");
                }
            } else {
                st.execute("CREATE ROLE " + login + " LOGIN");
                st.execute("GRANT " + (role == TeamRole.ADJUDICATOR ? ADJUDICATOR : ANNOTATOR) + " TO " + login);
            }
        }
        c.unwrap(PGConnection.class).alterUserPassword(name, password, "scram-sha-256");
        addAnnotatorRow(c, name);
    }

    /** Each member: login and the highest role it holds, by name. */
    static List<TeamMember> members(Connection c) throws SQLException {
        List<TeamMember> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT r.rolname,
                       CASE WHEN pg_has_role(r.oid, 'sentag_admin', 'MEMBER') THEN 'admin'
                            WHEN pg_has_role(r.oid, 'sentag_adjudicator', 'MEMBER') THEN 'adjudicator'
                            ELSE 'annotator' END
                FROM pg_roles r
                WHERE r.rolcanlogin AND pg_has_role(r.oid, 'sentag_annotator', 'MEMBER')
                ORDER BY r.rolname""")) {
            while (rs.next()) {
                out.add(new TeamMember(rs.getString(1), TeamRole.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT))));
            }
        }
        return out;
    }

    private static void addAnnotatorRow(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO annotators (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
            ps.setString(1, name);
            ps.setString(2, Rows.now());
            ps.executeUpdate();
        }
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String currentUser(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT session_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String quoted(Connection c, String identifier) throws SQLException {
        return c.unwrap(PGConnection.class).escapeIdentifier(identifier);
    }
}
