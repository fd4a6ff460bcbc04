package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The action registry is consistent: one command per key combination, every menu entry placed once. */
class ActionsTest {
    @Test
    void noTwoCommandsShareAKeyCombination() {
        Map<KeyCombination, String> owner = new HashMap<>();
        for (ActionSpec a : Actions.ALL) {
            for (String keys : a.allKeys()) {
                KeyCombination combination = KeyCombination.keyCombination(keys);
                String previous = owner.put(combination, name(a));
                assertNull(previous, keys + " is taken twice: by " + previous + " and by " + name(a));
            }
        }
        // The combinations are read as keys, not as text: Ctrl+Y is the scene's second key for Redo.
        assertEquals(name(Actions.ALL.stream().filter(a -> "_Redo".equals(a.text())).findFirst().orElseThrow()),
                owner.get(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)));
        assertTrue(owner.containsKey(new KeyCodeCombination(KeyCode.PAGE_DOWN)), "Page Down is read as a key");
    }

    @Test
    void everyMenuEntryHasTextAndItsOwnPlace() {
        var places = new HashSet<String>();
        for (ActionSpec a : Actions.ALL) {
            if (a.place() != null) {
                assertNotNull(a.text(), "a menu item needs a text: " + a);
                assertTrue(places.add(a.place().menu() + "@" + a.place().position()),
                        "two items at one place: " + a.place());
                assertFalse(a.command() instanceof ActionSpec.HandledElsewhere, "a menu item needs a handler: " + a);
            } else {
                assertNotNull(a.row(), "an entry without a menu item must at least have a row in the table: " + a);
            }
        }
    }

    @Test
    void rowsWithARebindableKeyShowThatKey() {
        for (ActionSpec a : Actions.ALL) {
            if (a.row() != null && a.row().bound() != null) {
                assertTrue(a.row().keys().contains(a.row().bound().defaultKey().getName()),
                        a.row().keys() + " must show the default key of " + a.row().bound());
            }
        }
    }

    @Test
    void theKeyboardTableIsTheRegistrysRowsInOrder() {
        List<String> rows = Actions.ALL.stream().filter(a -> a.row() != null).map(a -> a.row().keys()).toList();
        assertEquals(rows, Shortcuts.ALL.stream().map(Shortcuts.Shortcut::keys).toList());
    }

    @Test
    void menusKeepTheirOrder() {
        assertEquals(List.of("_New library…", "Open _library…", "Open _team library…", "Open _recent", "_Import…", "Import _folder…",
                        "S_witch annotator…", "A_djudicate as gold", "Accept all a_greed into gold",
                        "_Paste article as new document…", "_Export…", "Article _details…", "Re_name article…",
                        "_Delete article to trash", "_Restore snapshot…", "_Quit"),
                Actions.in(ActionSpec.MenuName.FILE).stream().map(ActionSpec::text).toList());
        assertEquals(List.of("_Keyboard shortcuts    ?", "_About Sentag"),
                Actions.in(ActionSpec.MenuName.HELP).stream().map(ActionSpec::text).toList());
    }

    private static String name(ActionSpec a) {
        return a.text() != null ? a.text() : a.row().keys();
    }
}
