package dev.sentag.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** Decides, reading only, whether a file is a whole Sentag database that may be restored from. */
final class SnapshotCheck {
    private SnapshotCheck() {
    }

    /** Throws a {@link StoreException} saying why {@code file} cannot be restored from; never writes to it. */
    static void verify(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("No snapshot file " + file + ".");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        // immutable=1: no locks, no -wal/-shm beside a snapshot that might sit on a read-only medium.
        try (Connection c = config.createConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1");
             Statement st = c.createStatement()) {
            int version = Migrations.version(c);
            if (version < 1 || version > Migrations.CURRENT_VERSION || !hasTable(c, "tags")) {
                throw new StoreException(file.getFileName() + " is not a snapshot this Sentag can restore (schema version "
                        + version + ").");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String verdict = rs.getString(1);
                if (!"ok".equals(verdict)) {
                    throw new StoreException(file.getFileName() + " is damaged (" + verdict + "); choose another snapshot.");
                }
            }
        } catch (SQLException e) {
            throw new StoreException(file.getFileName() + " is not a readable Sentag snapshot: " + e.getMessage(), e);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1) == 1;
            }
        }
    }
}
