package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user preferences file and the key bindings, without a window. */
class UserPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void everythingSavedIsReadBack() {
        Path file = dir.resolve("preferences.properties");
        UserPreferences p = new UserPreferences(file);
        p.annotator.set("ana");
        p.theme.set(Theme.DARK);
        p.textSize.set(20);
        p.columnWidth.set(60);
        p.autoAdvance.set(false);
        p.nextVisit.set(UserPreferences.NextVisit.ON_TO_NEXT_ARTICLE);
        assertTrue(p.keys.rebind("NEXT_SENTENCE", key("H")).isEmpty());
        p.opened(dir.resolve("a.db"));
        p.opened(dir.resolve("b.db"));
        p.opened(dir.resolve("a.db"));
        UserPreferences again = new UserPreferences(file);
        assertEquals("ana", again.annotator.get());
        assertEquals(Theme.DARK, again.theme.get());
        assertEquals(20, again.textSize.get());
        assertEquals(60, again.columnWidth.get());
        assertFalse(again.autoAdvance.get());
        assertEquals(UserPreferences.NextVisit.ON_TO_NEXT_ARTICLE, again.nextVisit.get());
        assertEquals(key("H"), again.keys.key("NEXT_SENTENCE"));
        assertEquals(List.of(dir.resolve("a.db").toAbsolutePath(), dir.resolve("b.db").toAbsolutePath()), again.recent(),
                "newest first, no duplicates");
    }

    @Test
    void recentKeepsTheLastTen() {
        UserPreferences p = new UserPreferences(dir.resolve("preferences.properties"));
        for (int i = 0; i < 12; i++) {
            p.opened(dir.resolve(i + ".db"));
        }
        assertEquals(10, p.recent().size());
        assertEquals(dir.resolve("11.db").toAbsolutePath(), p.recent().get(0));
        p.forget(dir.resolve("11.db").toAbsolutePath());
        assertEquals(dir.resolve("10.db").toAbsolutePath(), p.recent().get(0));
    }

    @Test
    void aHandEditedFileWithNonsenseGivesDefaultsAndRefusesConflictingKeys() throws Exception {
        Path file = dir.resolve("preferences.properties");
        Files.writeString(file, "theme=purple\ntextSize=900\nnextVisit=SIDEWAYS\nkey.NEXT_SENTENCE=N\nkey.EDIT_NOTE=F4\n");
        UserPreferences p = new UserPreferences(file);
        assertEquals(Theme.LIGHT, p.theme.get());
        assertEquals(MainWindow.MAX_FONT, p.textSize.get());
        assertEquals(UserPreferences.NextVisit.THIS_ARTICLE, p.nextVisit.get());
        assertEquals(key("J"), p.keys.key("NEXT_SENTENCE"), "N belongs to Next untagged: refused");
        assertEquals(key("F4"), p.keys.key("EDIT_NOTE"));
        // The message is made from the registry's name of the entry that has the key.
        assertEquals(java.util.Optional.of("L already does “Link the sentence to another”."),
                p.keys.conflict("NEXT_SENTENCE", key("L")), "the link key is not free to take");
    }

    @Test
    void bindingsRefuseTakenKeysWithTheReasonAndReset() {
        KeyBindings keys = new KeyBindings();
        keys.labelKeys(k -> k.equals("1") ? Optional.of("Claim") : k.equals("2") ? Optional.of("Response")
                : Optional.empty());
        assertTrue(keys.rebind("PREVIOUS_SENTENCE", key("N")).orElseThrow().contains("Next untagged sentence"));
        assertTrue(keys.rebind("PREVIOUS_SENTENCE", key("Down")).orElseThrow().contains("Next sentence"),
                "a fixed key of another action");
        assertEquals(Optional.of("2 already tags with “Response”, a label of the codebook."),
                keys.rebind("PREVIOUS_SENTENCE", key("2")), "names the label");
        assertEquals(Optional.of("F5 already does “Reload”."), keys.rebind("PREVIOUS_SENTENCE", key("F5")));
        assertEquals(Optional.of("Ctrl+Z already does “Undo”."), keys.rebind("PREVIOUS_SENTENCE", key("Shortcut+Z")),
                "a menu accelerator is taken too");
        assertEquals(Optional.of("Shift+L already does “Go to the link list”."),
                keys.rebind("PREVIOUS_SENTENCE", key("Shift+L")));
        assertTrue(keys.rebind("PREVIOUS_SENTENCE", key("Esc")).isPresent());
        assertTrue(keys.rebind("PREVIOUS_SENTENCE", key("Slash")).orElseThrow().contains("cannot be bound"));
        assertEquals(key("K"), keys.key("PREVIOUS_SENTENCE"), "nothing refused was bound");
        assertTrue(keys.rebind("PREVIOUS_SENTENCE", key("I")).isEmpty());
        assertEquals("I", keys.keyText("PREVIOUS_SENTENCE"));
        assertTrue(keys.rebind("SHOW_SHORTCUTS", key("K")).isEmpty(), "the old key is free");
        assertTrue(keys.rebind("NEXT_SENTENCE", key("Shift+J")).isEmpty(), "Shift may be held");
        assertEquals("Shift+J", keys.keyText("NEXT_SENTENCE"));
        keys.reset();
        assertEquals(key("K"), keys.key("PREVIOUS_SENTENCE"));
        assertEquals("?", keys.keyText("SHOW_SHORTCUTS"));
    }

    @Test
    void everyRebindableEntrySavesAndReadsBackItsKey() {
        Path file = dir.resolve("preferences.properties");
        UserPreferences p = new UserPreferences(file);
        assertTrue(p.keys.rebind("LINK", key("Shift+K")).isEmpty());
        assertTrue(p.keys.rebind("GUIDELINES", key("F9")).isEmpty());
        p.save();
        UserPreferences again = new UserPreferences(file);
        assertEquals("Shift+K", again.keys.keyText("LINK"));
        assertEquals("F9", again.keys.keyText("GUIDELINES"));
        assertEquals("?", again.keys.keyText("SHOW_SHORTCUTS"), "a default that is a typed character reads back");
        assertEquals(Actions.rebindable().size(), again.keys.chosen().size());
    }

    private static KeyCombination key(String name) {
        return KeyCombination.keyCombination(name);
    }
}
