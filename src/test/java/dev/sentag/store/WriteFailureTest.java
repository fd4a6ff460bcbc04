package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.SqliteProbe;
import dev.sentag.ingest.ImportResult;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write the disk refuses fails loudly, names the cause and leaves the database as it was. */
class WriteFailureTest {
    @TempDir
    Path dir;

    @Test
    void tagOnReadOnlyDatabaseFailsWithReadableMessageAndKeepsTheOldLabel() {
        Path db = dir.resolve("ro.db");
        try (Workspace ws = Workspace.open(db)) {
            ws.imports().importFile(SeedFiles.first());
            ws.annotation().tag(1, 0, "claim");
            StoreFaults.readOnly(ws.database());

            StoreException e = assertThrows(StoreException.class, () -> ws.annotation().tag(1, 0, "response"));

            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertTrue(e.getMessage().contains("ro.db"), e.getMessage());
        }
        assertEquals("Claim", SqliteProbe.text(db, "SELECT l.name FROM tags t JOIN labels l ON l.id = t.label_id"));
        assertEquals(1, SqliteProbe.count(db, "tag_history"), "no history row for the refused tag");
    }

    @Test
    void importOnFullDiskFailsWithReadableMessageAndAddsNothing() {
        Path db = dir.resolve("full.db");
        try (Workspace ws = Workspace.open(db)) {
            StoreFaults.noRoomToGrow(ws.database());

            var result = ws.imports().importFile(SeedFiles.first());

            String message = ((ImportResult.Failed) result).message();
            assertTrue(message.contains("disk") && message.contains("full"), message);
        }
        assertEquals(0, SqliteProbe.count(db, "documents"));
        assertEquals(0, SqliteProbe.count(db, "sentences"));
        assertEquals("ok", SqliteProbe.text(db, "PRAGMA integrity_check"));
    }

    @Test
    void theConnectionWorksAgainOnceTheFaultIsGone() {
        Path db = dir.resolve("again.db");
        try (Workspace ws = Workspace.open(db)) {
            ws.imports().importFile(SeedFiles.first());
            StoreFaults.readOnly(ws.database());
            assertThrows(StoreException.class, () -> ws.annotation().tag(1, 0, "claim"));
            StoreFaults.writable(ws.database());

            ws.annotation().tag(1, 0, "claim");
        }
        assertEquals("Claim", SqliteProbe.text(db, "SELECT l.name FROM tags t JOIN labels l ON l.id = t.label_id"));
    }
}
