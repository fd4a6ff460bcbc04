package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.ui.Actions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running window's menus carry exactly the accelerators the action registry defines. */
class ActionRegistryGuiTest {
    @TempDir
    Path dir;

    @Test
    void everyMenuAcceleratorIsInTheRegistryAndEveryRegisteredOneIsInTheMenus() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000);
        try (GuiSession s = GuiSession.start(db)) {
            MenuBar bar = s.robot.lookup(".menu-bar").queryAs(MenuBar.class);
            Set<KeyCombination> inMenus = new HashSet<>();
            List<String> menuTexts = bar.getMenus().stream().map(Menu::getText).toList();
            for (Menu menu : bar.getMenus()) {
                collect(menu, inMenus);
            }
            assertEquals(List.of("_File", "_Edit", "_View", "_Help"), menuTexts);
            Set<KeyCombination> registered = Actions.menuAccelerators();
            for (KeyCombination k : inMenus) {
                assertTrue(registered.contains(k), "a menu item has " + k + ", which the registry does not list");
            }
            assertEquals(registered, inMenus, "every registered accelerator is on a menu item");
        }
    }

    private static void collect(Menu menu, Set<KeyCombination> into) {
        for (MenuItem item : menu.getItems()) {
            // A single key the article handles is shown in the accelerator column but bound by no menu (KeyHint).
            if (item.getAccelerator() != null && !item.getAccelerator().getClass().getSimpleName().equals("KeyHint")) {
                assertTrue(into.add(item.getAccelerator()), "two menu items on " + item.getAccelerator());
            }
            if (item instanceof Menu sub) {
                collect(sub, into);
            }
        }
    }
}
