package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.ui.KeyAction;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks the keyboard through every rebindable action with its default key and checks what each did. The switch is
 * exhaustive: a new {@link KeyAction} does not compile here until the walk covers it.
 */
class KeyActionsGuiTest {
    @TempDir
    Path dir;

    @Test
    void everyKeyActionDoesWhatItSaysWithItsDefaultKey() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        try (GuiSession s = GuiSession.start(db)) {
            var tagging = s.window().tagging();
            for (KeyAction action : KeyAction.values()) {
                KeyCode key = action.defaultKey();
                int before = s.current();
                long doc = tagging.documentProperty().get().id();
                Runnable check = switch (action) {
                    case NEXT_SENTENCE -> () -> assertTrue(s.current() > before, "J moves on");
                    case PREVIOUS_SENTENCE -> () -> assertTrue(s.current() < before, "K moves back");
                    case NEXT_UNTAGGED -> () -> {
                        assertTrue(s.current() != before);
                        assertNull(tagging.currentRow().orElseThrow().labelId());
                    };
                    case NEXT_DISAGREEMENT -> () -> assertTrue(s.window().comparison().comparingProperty().get(),
                            "D turns the comparison on");
                    case ACCEPT_MAJORITY -> () -> assertTrue(s.window().library().noticeProperty().get()
                            .startsWith("A accepts the majority while adjudicating"));
                    case TOGGLE_EXCLUDED -> () -> assertTrue(tagging.rows().get(before).sentence().excluded());
                    case CLEAR_TAG -> () -> assertNull(tagging.rows().get(before).labelId());
                    case NEXT_ARTICLE -> () -> assertEquals(2, tagging.documentProperty().get().id());
                    case PREVIOUS_ARTICLE -> () -> assertEquals(1, tagging.documentProperty().get().id());
                    case EDIT_NOTE -> () -> assertTrue(s.window().scene().getFocusOwner()
                            instanceof javafx.scene.control.TextArea, "Enter goes to the note");
                };
                if (action == KeyAction.CLEAR_TAG) {
                    // Something to clear: tag the sentence, then come back to it.
                    s.robot.type(KeyCode.DIGIT1);
                    s.waitSaved();
                    s.robot.type(KeyCode.K);
                    s.waitUntil(() -> s.current() == before && tagging.rows().get(before).labelId() != null);
                }
                if (action == KeyAction.PREVIOUS_ARTICLE) {
                    assertEquals(2, doc, "Page Down went before");
                }
                s.robot.type(key);
                s.waitSaved();
                s.waitUntil(() -> {
                    try {
                        check.run();
                        return true;
                    } catch (AssertionError e) {
                        return false;
                    }
                });
                check.run();
                if (action == KeyAction.TOGGLE_EXCLUDED) {
                    s.robot.type(KeyCode.X); // and back, so the walk goes on over an included sentence
                    s.waitSaved();
                    s.waitUntil(() -> !tagging.rows().get(before).sentence().excluded());
                }
                if (action == KeyAction.EDIT_NOTE) {
                    s.robot.type(KeyCode.ESCAPE);
                    s.robot.interact(() -> s.window().focusArticleNow());
                    s.waitUntil(() -> s.window().readyForKeys());
                }
            }
        }
    }
}
