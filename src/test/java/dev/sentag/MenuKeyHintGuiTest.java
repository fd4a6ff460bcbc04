package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The single keys the article handles (N, D, F5, 0…) show in the menus' accelerator column, right-aligned like
 * Ctrl+F, without the menus binding them: an N typed into a field stays an N, and the keys still work in the article.
 */
class MenuKeyHintGuiTest {
    @TempDir
    Path dir;

    @Test
    void singleKeysShowInTheAcceleratorColumnButAreNotBoundByTheMenus() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000);
        try (GuiSession s = GuiSession.start(db)) {
            MenuBar bar = s.robot.lookup(".menu-bar").queryAs(MenuBar.class);
            MenuItem next = item(bar, "Next untagged sentence");
            assertNotNull(next, "View → Next untagged sentence");
            assertEquals("N", next.getAccelerator().getDisplayText());

            // The key still works in the article, through its own handler.
            int before = s.current();
            s.robot.type(KeyCode.N);
            s.waitUntil(() -> s.current() != before);

            // Typed into a field it is a letter: the sentence stays where it is.
            int at = s.current();
            TextField filter = s.robot.lookup(".library .text-field").queryAs(TextField.class);
            s.robot.clickOn(filter).type(KeyCode.N);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("n", filter.getText());
            assertEquals(at, s.current());

            // The library list's right-click menu is made again each time it opens: its hints do not pile up.
            s.robot.interact(() -> filter.setText(""));
            int accelerators = -1;
            for (int i = 0; i < 3; i++) {
                s.robot.clickOn("#library-list", MouseButton.SECONDARY);
                WaitForAsyncUtils.waitForFxEvents();
                s.robot.type(KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
                int now = bar.getScene().getAccelerators().size();
                if (i > 0) {
                    assertEquals(accelerators, now, "scene accelerators after opening the menu " + (i + 1) + " times");
                }
                accelerators = now;
            }
        }
    }

    private static MenuItem item(MenuBar bar, String text) {
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getText() != null && text.equals(item.getText().replace("_", ""))) {
                    return item;
                }
            }
        }
        return null;
    }
}
