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
        assertEquals("REDO",
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
                assertFalse(a.command() instanceof ActionSpec.LabelKeys, "a menu item needs a handler: " + a);
            } else {
                assertNotNull(a.row(), "an entry without a menu item must at least have a row in the table: " + a);
            }
        }
    }

    @Test
    void eachPlaceholderOfARowIsTheKeyOfARebindableEntry() {
        for (ActionSpec a : Actions.ALL) {
            if (a.row() != null) {
                int placeholders = a.row().keys().split("\\{}", -1).length - 1;
                assertEquals(placeholders, a.row().bound().size(), a.row().keys() + " of " + a.id());
                for (String id : a.row().bound()) {
                    assertTrue(Actions.byId(id).orElseThrow().rebindable(), id + " in the row of " + a.id());
                }
            }
        }
        // Every rebindable key is shown in some row of the table, so the ? overlay follows its rebinding.
        var shown = Actions.ALL.stream().filter(a -> a.row() != null).flatMap(a -> a.row().bound().stream())
                .collect(java.util.stream.Collectors.toSet());
        for (ActionSpec a : Actions.rebindable()) {
            assertTrue(shown.contains(a.id()), a.id() + " has a rebindable key that no row of the table shows");
        }
    }

    @Test
    void everyEntryHasItsOwnIdANameAndAnIcon() {
        var ids = new HashSet<String>();
        for (ActionSpec a : Actions.ALL) {
            assertTrue(ids.add(a.id()), "two entries called " + a.id());
            assertNotNull(a.name(), a.id());
            assertNotNull(a.icon(), a.id() + " needs an icon for its menu item and the ? overlay");
        }
    }

    @Test
    void singleKeysAreRebindableAndCtrlShortcutsAreAccelerators() {
        assertTrue(Actions.rebindable().stream().map(ActionSpec::id).toList().containsAll(List.of("NEXT_SENTENCE",
                "LINK", "LINK_LIST", "SPEAKER", "UNSURE", "GUIDELINES", "RENAME", "FIND_NEXT", "FIND_PREVIOUS",
                "SHOW_SHORTCUTS", "RELOAD")));
        for (ActionSpec a : Actions.ALL) {
            if (a.key() != null) {
                assertTrue(a.rebindable() != (a.accelerator() != null), a.id());
            }
        }
    }

    @Test
    void theKeyboardTableIsTheRegistrysRowsInOrder() {
        List<ActionSpec.Row> rows = Actions.ALL.stream().filter(a -> a.row() != null).map(ActionSpec::row).toList();
        assertEquals(rows, Shortcuts.ALL.stream().map(Shortcuts.Shortcut::row).toList());
        assertEquals("F3 / Shift+F3", Shortcuts.ALL.stream().filter(s -> s.action().startsWith("Next / previous sentence"))
                .findFirst().orElseThrow().keys(), "placeholders filled with the default keys");
    }

    @Test
    void menusKeepTheirOrder() {
        assertEquals(List.of("_New library…", "Open _library…", "Open _team library…", "Open _recent", "_Import…", "Import _folder…",
                        "S_witch annotator…", "A_djudicate as gold", "Accept all a_greed into gold",
                        "_Paste article as new document…", "_Export…", "Article _details…", "Re_name article…",
                        "_Delete article to trash", "_Restore snapshot…", "_Quit"),
                Actions.in(ActionSpec.MenuName.FILE).stream().map(ActionSpec::text).toList());
        assertEquals(List.of("_Keyboard shortcuts", "_About Sentag"),
                Actions.in(ActionSpec.MenuName.HELP).stream().map(ActionSpec::text).toList());
    }

    private static String name(ActionSpec a) {
        return a.id();
    }
}
