package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sentag.SeedFiles;
import dev.sentag.SqliteProbe;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keypress's statements are prepared once per connection: they keep writing the right rows after a restore
 * replaced the whole library underneath them, and a retag records the label it replaced and keeps the note.
 */
class PreparedOnceTest {
    @TempDir
    Path dir;

    @Test
    void tagsAfterARestoreLandInTheRestoredLibraryWithTheirHistory() {
        Path db = dir.resolve("sentag.db");
        try (Workspace ws = Workspace.open(db)) {
            ws.imports().importFile(SeedFiles.second());
            ws.annotation().tag(1, 1, "claim");
            ws.annotation().note(1, 1, "check the source");
            Path snapshot = ws.backups().take("one tag");
            ws.annotation().tag(1, 2, "response");

            ws.backups().restore(snapshot);
            ws.annotation().tag(1, 1, "background");
            ws.annotation().tag(1, 3, "claim");
        }
        assertEquals(2, SqliteProbe.count(db, "tags"), "the restored tag and the one after; not the one undone by the restore");
        assertEquals("Background|check the source", SqliteProbe.text(db, """
                SELECT l.name || '|' || t.note FROM tags t JOIN labels l ON l.id = t.label_id
                JOIN sentences s ON s.id = t.sentence_id WHERE s.idx = 1"""));
        assertEquals("Claim>Background", SqliteProbe.text(db, """
                SELECT o.name || '>' || n.name FROM tag_history h JOIN labels o ON o.id = h.old_label_id
                JOIN labels n ON n.id = h.new_label_id WHERE h.sentence_id = (SELECT id FROM sentences WHERE idx = 1) ORDER BY h.id DESC LIMIT 1"""));
    }
}
