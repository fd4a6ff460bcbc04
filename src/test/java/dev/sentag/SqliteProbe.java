package dev.sentag;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Looks into a database file with plain JDBC, independently of the store package under test. */
public final class SqliteProbe {
    private SqliteProbe() {
    }

    public static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    /** The first column of the first row of {@code sql}, as a long. */
    public static long number(Path db, String sql) {
        try (Connection c = connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            throw new AssertionError("probe query failed: " + sql, e);
        }
    }

    /** The first column of the first row of {@code sql}, as text. */
    public static String text(Path db, String sql) {
        try (Connection c = connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError("probe query failed: " + sql, e);
        }
    }

    public static long count(Path db, String table) {
        return number(db, "SELECT count(*) FROM " + table);
    }
}
