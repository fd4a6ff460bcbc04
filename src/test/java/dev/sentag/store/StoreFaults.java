package dev.sentag.store;

import java.sql.Statement;

/**
 * Makes the open connection of a {@link Database} fail its writes the way a real fault would, with the
 * SQLite error code the fault produces. The tests run as root, where chmod does not stop a write, and
 * cannot mount a small disk; these pragmas give the same error on the application's own connection.
 */
public final class StoreFaults {
    private StoreFaults() {
    }

    /** Every write fails with SQLITE_READONLY, as on a read-only file or medium. */
    public static void readOnly(Database db) {
        db.read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = ON");
            }
            return null;
        });
    }

    /** Undoes {@link #readOnly}. */
    public static void writable(Database db) {
        db.read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = OFF");
            }
            return null;
        });
    }

    /** Any write that needs a new page fails with SQLITE_FULL, as on a full disk. */
    public static void noRoomToGrow(Database db) {
        db.read(c -> {
            try (Statement st = c.createStatement()) {
                // max_page_count cannot go below the current size, so this caps the file where it is.
                st.execute("PRAGMA max_page_count = 1");
            }
            return null;
        });
    }

    /** Lets the file grow by {@code pages} more pages only, then writes fail with SQLITE_FULL. */
    public static void roomFor(Database db, int pages) {
        db.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
                long now = rs.next() ? rs.getLong(1) : 0;
                st.execute("PRAGMA max_page_count = " + (now + pages));
            }
            return null;
        });
    }
}
