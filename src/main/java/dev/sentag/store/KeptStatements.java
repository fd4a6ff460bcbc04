package dev.sentag.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The statements of the keypress's path that {@link Database} prepares once per connection and keeps (SQLite compiles
 * a statement anew at every prepare). Used only under the database's lock.
 */
final class KeptStatements {
    private final Map<String, PreparedStatement> kept = new HashMap<>();

    /** The kept statement for {@code sql} on {@code connection}, prepared on first use, its parameters cleared. */
    PreparedStatement get(Connection connection, String sql) throws SQLException {
        PreparedStatement ps = kept.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            kept.put(sql, ps);
        }
        ps.clearParameters();
        return ps;
    }

    /**
     * Closes the kept statements (they are prepared again when next used): SQLite counts the kept upsert as a
     * statement in progress, and VACUUM INTO (a snapshot) and a restore refuse to run beside one.
     */
    void forget() throws SQLException {
        for (var ps : kept.values()) {
            ps.close();
        }
        kept.clear();
    }

    /** sqlite-jdbc finalizes a kept statement whose step failed: after any failure all are prepared afresh. */
    void forgetAfter(SQLException e) {
        try {
            forget();
        } catch (SQLException close) {
            e.addSuppressed(close);
        }
    }

    /** Drops them unclosed: the connection they were prepared on has died. */
    void abandon() {
        kept.clear();
    }
}
