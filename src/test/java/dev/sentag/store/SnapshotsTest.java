package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {
    @TempDir
    Path dir;

    @Test
    void dailySnapshotIsDueOncePerCalendarDay() throws Exception {
        Path db = dir.resolve("d.db");
        Database.open(db).close();
        Clock morning = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
        Snapshots snapshots = new Snapshots(db, morning);
        assertTrue(snapshots.dailyDue());
        try (var c = SqliteProbe.connect(db)) {
            snapshots.take(c, "daily");
        }
        assertFalse(snapshots.dailyDue());
        assertFalse(new Snapshots(db, Clock.fixed(Instant.parse("2026-11-23T23:59:00Z"), ZoneOffset.UTC)).dailyDue());
        assertTrue(new Snapshots(db, Clock.fixed(Instant.parse("2026-11-24T00:01:00Z"), ZoneOffset.UTC)).dailyDue());
    }

    @Test
    void openingANewLibraryTakesNoSnapshotAndReopeningTakesOneADay() {
        Path db = dir.resolve("sentag.db");
        Workspace.open(db).close();
        assertEquals(0, new Snapshots(db).list().size(), "nothing to keep in a library created just now");
        Workspace.open(db).close();
        Workspace.open(db).close();
        assertEquals(1, new Snapshots(db).list().size(), "one daily snapshot, however often it is opened");
    }

    @Test
    void snapshotsOfAnotherDatabaseInTheSameFolderAreNotListed() throws Exception {
        Path db = dir.resolve("sentag.db");
        Path other = dir.resolve("sentag-old.db");
        try (Database a = Database.open(db); Database b = Database.open(other)) {
            a.snapshot("mine");
            b.snapshot("theirs");
        }
        assertEquals(1, new Snapshots(db).list().size());
        assertTrue(new Snapshots(db).list().get(0).getFileName().toString().endsWith("-mine.db"));
        assertEquals(1, new Snapshots(other).list().size());
    }

    @Test
    void snapshotIsACompleteIntactDatabaseWithNoPartialFileLeft() throws Exception {
        Path db = dir.resolve("s.db");
        Path snap;
        try (Database d = Database.open(db)) {
            snap = d.snapshot("before folder import");
        }
        assertTrue(snap.getFileName().toString().endsWith("-before-folder-import.db"), snap.toString());
        assertEquals("ok", SqliteProbe.text(snap, "PRAGMA integrity_check"));
        assertEquals(3, SqliteProbe.count(snap, "labels"));
        try (var files = Files.list(snap.getParent())) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".partial")));
        }
    }
}
