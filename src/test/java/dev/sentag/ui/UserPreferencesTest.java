package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
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
        assertTrue(p.keys.rebind(KeyAction.NEXT_SENTENCE, KeyCode.H).isEmpty());
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
        assertEquals(KeyCode.H, again.keys.key(KeyAction.NEXT_SENTENCE));
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
        assertEquals(KeyCode.J, p.keys.key(KeyAction.NEXT_SENTENCE), "N belongs to Next untagged: refused");
        assertEquals(KeyCode.F4, p.keys.key(KeyAction.EDIT_NOTE));
        assertEquals(java.util.Optional.of("L already links the sentence to another."),
                p.keys.conflict(KeyAction.NEXT_SENTENCE, KeyCode.L), "the link key is not free to take");
    }

    @Test
    void bindingsRefuseTakenKeysWithTheReasonAndReset() {
        KeyBindings keys = new KeyBindings();
        keys.labelKeys(k -> k.equals("1") || k.equals("2"));
        assertTrue(keys.rebind(KeyAction.PREVIOUS_SENTENCE, KeyCode.N).orElseThrow().contains("Next untagged sentence"));
        assertTrue(keys.rebind(KeyAction.PREVIOUS_SENTENCE, KeyCode.DOWN).orElseThrow().contains("Next sentence"),
                "a fixed key of another action");
        assertTrue(keys.rebind(KeyAction.PREVIOUS_SENTENCE, KeyCode.DIGIT2).orElseThrow().contains("codebook"));
        assertTrue(keys.rebind(KeyAction.PREVIOUS_SENTENCE, KeyCode.F5).isPresent());
        assertTrue(keys.rebind(KeyAction.PREVIOUS_SENTENCE, KeyCode.ESCAPE).isPresent());
        assertTrue(keys.rebind(KeyAction.PREVIOUS_SENTENCE, KeyCode.SHIFT).isPresent());
        assertEquals(KeyCode.K, keys.key(KeyAction.PREVIOUS_SENTENCE), "nothing refused was bound");
        assertTrue(keys.rebind(KeyAction.PREVIOUS_SENTENCE, KeyCode.I).isEmpty());
        assertEquals(KeyAction.PREVIOUS_SENTENCE, keys.action(KeyCode.I).orElseThrow());
        assertTrue(keys.action(KeyCode.K).isEmpty(), "the old key is free");
        assertEquals(KeyAction.PREVIOUS_SENTENCE, keys.action(KeyCode.UP).orElseThrow(), "fixed keys stay");
        keys.reset();
        assertEquals(KeyCode.K, keys.key(KeyAction.PREVIOUS_SENTENCE));
    }
}
