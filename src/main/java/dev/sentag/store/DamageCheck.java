package dev.sentag.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * Keeps a damaged library from being written to, without reading the whole file at every open. The whole-file check
 * ({@code PRAGMA quick_check}, 1.1 s on a library of 448 MB) runs at open only after an unclean shutdown
 * ({@link OpenMarker}), before every snapshot, and when {@link #checkAside()} is asked for (the window, after it is
 * shown). Every open still reads the header and the schema; and damage met by any statement later (SQLITE_CORRUPT)
 * stops all writing to the library, with a message saying what to do.
 */
final class DamageCheck {
    private final Path path;
    private volatile String found;

    private DamageCheck(Path path) {
        this.path = path;
    }

    /**
     * The check at open: the whole file after an unclean shutdown (refused with a {@link StoreException} if damaged),
     * else the schema only. Either way the file is not written.
     */
    static DamageCheck atOpen(Connection c, Path path, OpenMarker marker) throws SQLException {
        if (marker.uncleanBefore()) {
            Optional<String> damage = wholeFile(c);
            if (damage.isPresent()) {
                throw new StoreException(path + " is damaged (" + damage.get() + "). The file was not changed; "
                        + "restore a snapshot or open another file.");
            }
            marker.forgetUncleanBefore();
        } else {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next(); // parses the schema: page 1 and the pages of sqlite_master
            }
        }
        return new DamageCheck(path);
    }

    /** Empty when the whole file reads back intact, else what SQLite found (first problem only). */
    private static Optional<String> wholeFile(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA quick_check(1)")) {
            String verdict = rs.getString(1);
            return "ok".equals(verdict) ? Optional.empty()
                    : Optional.of(verdict.replace("*** in database main ***", "").replaceAll("\\s+", " ").strip());
        }
    }

    /** Throws the message of the damage found, if any: nothing more is written to a damaged library. */
    void refuseWrites() {
        String message = found;
        if (message != null) {
            throw new StoreException(message);
        }
    }

    /** True (and writing stops) when {@code e} says the file is damaged; {@link #message()} then says so. */
    boolean noticed(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            found(e.getMessage() == null ? "database disk image is malformed" : e.getMessage());
            return true;
        }
        return false;
    }

    /** The damage found, as a message a user can act on; null while none was found. */
    String message() {
        return found;
    }

    /**
     * The whole-file check on a read-only connection of its own, so it may run on any thread while tagging goes on
     * (in WAL mode it reads a consistent state without holding up the writer). Returns the message when damaged.
     */
    Optional<String> checkAside() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection own = config.createConnection("jdbc:sqlite:" + path)) {
            wholeFile(own).ifPresent(this::found);
        } catch (SQLException e) {
            if (!noticed(e)) {
                throw new StoreException("Cannot check " + path.getFileName() + " for damage: " + e.getMessage(), e);
            }
        }
        return Optional.ofNullable(found);
    }

    /** Before a snapshot: a copy of a damaged library would push a good snapshot out of the ten kept. */
    void beforeSnapshot(Connection c) throws SQLException {
        refuseWrites();
        wholeFile(c).ifPresent(this::found);
        refuseWrites();
    }

    /** After a restore replaced the whole content with a checked snapshot. */
    void restored() {
        found = null;
    }

    private void found(String detail) {
        // What to do first: a status bar shows the start of it; SQLite's own words come last.
        found = path + " is damaged: Sentag stopped writing to it. Restore a snapshot (File → Restore snapshot…, "
                + "or sentag restore) or open another file. SQLite found: " + detail;
    }
}
