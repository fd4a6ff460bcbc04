package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl+Shift+V asks for a title (suggesting the first line) and imports the clipboard's text as a new document. */
class PasteArticleGuiTest {
    @TempDir
    Path dir;

    @Test
    void ctrlShiftVAsksForATitleAndImportsTheClipboardText() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_003);
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(
                    javafx.scene.input.DataFormat.PLAIN_TEXT, "Harbour news\r\n\r\nThe ferry left late. It was full.")));
            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
            s.waitUntil(() -> s.robot.lookup(".paste-title-dialog").tryQuery().isPresent());
            s.robot.type(KeyCode.ENTER); // accepts the suggested title: the first line
            s.waitUntil(() -> s.count("SELECT count(*) FROM documents WHERE title = 'Harbour news' AND source = 'clipboard'"
                    + " AND text = 'Harbour news\n\nThe ferry left late. It was full.'") == 1);
            s.waitUntil(() -> s.window().tagging().rows().size() == 3);
            assertTrue(s.window().tagging().rows().get(2).sentence().text().startsWith("It was full"));
        }
    }
}
