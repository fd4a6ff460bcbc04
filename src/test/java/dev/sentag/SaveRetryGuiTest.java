package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.store.StoreFaults;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tag the disk refused is put back; once the cause is gone, Retry in the notice writes it after all. */
class SaveRetryGuiTest {
    @TempDir
    Path dir;

    private static Button button(GuiSession s, String text) throws Exception {
        var found = s.robot.lookup(".notification-bar .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst();
        assertTrue(found.isPresent(), "no " + text + " button in the notice");
        Button b = found.get();
        s.waitUntil(() -> b.localToScene(b.getBoundsInLocal()).getMinY() >= 0 && b.getHeight() > 0);
        return b;
    }

    @Test
    void retryWritesTheTagsThatFailedOnceTheCauseIsGone() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_003);
        try (GuiSession s = GuiSession.start(db)) {
            int first = s.current();
            StoreFaults.readOnly(s.app.workspace().database());
            s.robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2);
            s.waitSaved();
            assertNull(s.window().tagging().rows().get(first).labelId(), "put back");
            assertNull(s.window().tagging().rows().get(first + 1).labelId(), "put back");
            assertEquals(0, s.count("SELECT count(*) FROM tags"));
            var pane = s.robot.lookup(".save-failure-pane").queryAs(NotificationPane.class);
            s.waitUntil(pane::isShowing);
            assertEquals(2, s.window().tagging().saves().retryableProperty().get());

            StoreFaults.writable(s.app.workspace().database());
            s.robot.clickOn(button(s, "Retry"));
            s.waitSaved();
            s.waitUntil(() -> !pane.isShowing());
            assertEquals(Map.of(first, "Claim", first + 1, "Response"), s.storedLabels(1), "nothing typed was lost");
            assertEquals("Saved", s.robot.lookup(".save-state").queryAs(Label.class).getText());
            assertEquals(0, s.window().tagging().saves().retryableProperty().get());
        }
    }
}
