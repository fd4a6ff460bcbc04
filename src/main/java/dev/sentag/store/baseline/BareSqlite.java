package dev.sentag.store.baseline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A plain JDBC connection to a Sentag database file with the pragmas {@code store.Database} sets (WAL,
 * synchronous=FULL, foreign keys, 5 s busy timeout) and nothing else: the bare baselines run on it, so the
 * difference to Sentag's figure is Sentag's own code, not a cheaper durability level.
 */
public final class BareSqlite {
    private BareSqlite() {
    }

    /** Opens {@code db}, which must already hold the schema (create it through the Workspace first). */
    public static Connection open(Path db) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = FULL");
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA busy_timeout = 5000");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }
}
