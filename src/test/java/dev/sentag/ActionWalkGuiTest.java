package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.sentag.ActionWalkKeys.dialogs;
import static dev.sentag.ActionWalkKeys.focusedMenuItem;
import static dev.sentag.ActionWalkKeys.goTo;

import dev.sentag.ui.Actions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks the keyboard through EVERY entry of the action registry on the real window: each entry's key (or, for the
 * few without one, its menu reached with Alt and the arrow keys) is pressed and its effect checked — a database row,
 * a dialog shown (and closed again), a state changed. The cases are an explicit, reviewed list by id; an entry of the
 * registry without a case (or a case for an entry that is gone) fails the test. The cases are in
 * {@link ActionWalkCases}, the ways of pressing and reading back in {@link ActionWalkKeys}.
 */
class ActionWalkGuiTest {
    @TempDir
    Path dir;

    /** Exceptions thrown on the FX thread: Monocle refuses native file choosers, which proves they were asked for. */
    private final List<Throwable> fxErrors = Collections.synchronizedList(new ArrayList<>());

    @Test
    void everyRegisteredActionDoesWhatItSaysFromTheKeyboard() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        Files.writeString(dir.resolve("preferences.properties"), "recent.0=" + dir.resolve("other.db") + "\n");
        Map<String, ActionWalkCases.Case> cases = new ActionWalkCases(fxErrors).cases();
        assertEquals(new TreeSet<>(Actions.ids()), new TreeSet<>(cases.keySet()),
                "every registered action needs a reviewed walk case here, and every case a registered action");
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e)));
            for (String id : Actions.ids()) {
                if (!id.equals("QUIT")) { // last: it closes the window
                    walk(s, id, cases.get(id));
                }
            }
            walk(s, "QUIT", cases.get("QUIT"));
        } finally {
            org.testfx.api.FxToolkit.setupFixture(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        }
    }

    @Test
    void theArrowKeysWalkTheMenuBarNotTheArticle() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000);
        try (GuiSession s = GuiSession.start(db)) {
            goTo(s, 2);
            // The menu bar has the keyboard, as after Alt in a real window (Monocle does not pass Alt alone on).
            s.robot.interact(() -> s.robot.lookup(".menu-bar .menu-button").query().requestFocus());
            s.waitUntil(() -> s.window().scene().getFocusOwner() != null
                    && isInMenuBar(s.window().scene().getFocusOwner()));
            s.robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
            s.waitUntil(() -> focusedMenuItem(s).isPresent());
            assertEquals(2, s.current(), "Down opened and walked the menu; the article stayed where it was");
            s.robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        }
    }

    private static boolean isInMenuBar(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.MenuBar) {
                return true;
            }
        }
        return false;
    }

    private static void walk(GuiSession s, String id, ActionWalkCases.Case c) throws Exception {
        s.robot.interact(() -> s.window().focusArticleNow());
        s.waitUntil(() -> s.window().readyForKeys());
        try {
            c.walk(s);
        } catch (AssertionError | java.util.concurrent.TimeoutException e) {
            var at = java.util.Arrays.stream(e.getStackTrace())
                    .filter(f -> f.getClassName().startsWith(ActionWalkCases.class.getName())).findFirst();
            throw new AssertionError("walking " + id + " (" + at.map(Object::toString).orElse("?") + "): " + e, e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs().isEmpty() || id.equals("QUIT"), id + " left a window open: " + dialogs());
    }
}
