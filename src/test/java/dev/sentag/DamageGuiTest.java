package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window on a library damaged while it was closed: it opens at once, the check after it shows finds the damage. */
class DamageGuiTest {
    @TempDir
    Path dir;

    @Test
    void damageFoundAfterTheWindowShowsIsANoticeAndTagsAreNoLongerSaved() throws Exception {
        Path db = dir.resolve("sentag.db");
        try (Workspace ws = Workspace.open(db)) { // as a library used before: the first start's sample is in
            ws.importSampleOnFirstStart();
            ws.imports().importFile(GuiSession.SEED_000);
        }
        // A page of the full-text index: the window does not read it to show an article or to tag.
        long root = SqliteProbe.number(db, "SELECT rootpage FROM sqlite_master WHERE name = 'sentence_fts_data'");
        long pageSize = SqliteProbe.number(db, "PRAGMA page_size");
        byte[] bytes = Files.readAllBytes(db);
        Arrays.fill(bytes, (int) ((root - 1) * pageSize), (int) (root * pageSize), (byte) 0x5A);
        Files.write(db, bytes);

        try (GuiSession s = GuiSession.start(db)) {
            s.waitUntil(() -> s.window().library().noticeProperty().get().contains("is damaged"));
            String notice = s.window().library().noticeProperty().get();
            assertTrue(notice.contains(db.toString()) && notice.contains("Restore a snapshot"), notice);

            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();

            assertNull(s.window().tagging().rows().get(0).labelId(), "the colour is put back");
            String status = s.robot.lookup(".save-state").queryAs(Label.class).getText();
            assertTrue(status.startsWith("Not saved") && status.contains("damaged"), status);
            assertEquals(0, s.count("SELECT count(*) FROM tags"));
        }
    }
}
