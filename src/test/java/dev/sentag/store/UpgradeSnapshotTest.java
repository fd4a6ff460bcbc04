package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A schema upgrade of an existing library is preceded by a snapshot of the library as it was. */
class UpgradeSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void upgradingAVersionOneLibrarySnapshotsItFirst() throws Exception {
        Path db = dir.resolve("v1.db");
        try (Database d = Database.open(db)) {
            assertEquals(1, d.schemaVersion());
        }
        Snapshots snapshots = new Snapshots(db);
        try (Connection c = SqliteProbe.connect(db)) {
            Migrations.migrate(c, db.toString(), conn -> snapshots.take(conn, "before schema upgrade"),
                    List.of("V001__initial.sql", "T002__test_upgrade.sql"));
        }
        assertEquals(2, SqliteProbe.number(db, "PRAGMA user_version"));
        assertEquals(1, snapshots.list().size());
        Path before = snapshots.list().get(0);
        assertTrue(before.getFileName().toString().endsWith("-before-schema-upgrade.db"), before.toString());
        assertEquals(1, SqliteProbe.number(before, "PRAGMA user_version"), "the snapshot holds the old version");
        assertEquals(0, SqliteProbe.number(before, "SELECT count(*) FROM sqlite_master WHERE name = 'upgrade_marker'"));
    }

    @Test
    void creatingANewLibraryTakesNoUpgradeSnapshot() {
        Path db = dir.resolve("new.db");
        Database.open(db).close();
        assertEquals(0, new Snapshots(db).list().size());
    }
}
