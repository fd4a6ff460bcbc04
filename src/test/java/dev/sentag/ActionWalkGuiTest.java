package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.ui.Actions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks the keyboard through EVERY entry of the action registry on the real window: each entry's key (or, for the
 * few without one, its menu reached with Alt and the arrow keys) is pressed and its effect checked — a database row,
 * a dialog shown (and closed again), a state changed. The cases are an explicit, reviewed list by id; an entry of the
 * registry without a case (or a case for an entry that is gone) fails the test.
 */
class ActionWalkGuiTest {
    @TempDir
    Path dir;

    /** One walk case: press the entry's key, then wait for and check its effect. */
    private interface Case {
        void walk(GuiSession s) throws Exception;
    }

    /** Exceptions thrown on the FX thread: Monocle refuses native file choosers, which proves they were asked for. */
    private final List<Throwable> fxErrors = Collections.synchronizedList(new ArrayList<>());

    @Test
    void everyRegisteredActionDoesWhatItSaysFromTheKeyboard() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        Files.writeString(dir.resolve("preferences.properties"), "recent.0=" + dir.resolve("other.db") + "\n");
        Map<String, Case> cases = cases();
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

    private static void walk(GuiSession s, String id, Case c) throws Exception {
        s.robot.interact(() -> s.window().focusArticleNow());
        s.waitUntil(() -> s.window().readyForKeys());
        try {
            c.walk(s);
        } catch (AssertionError | java.util.concurrent.TimeoutException e) {
            var at = java.util.Arrays.stream(e.getStackTrace())
                    .filter(f -> f.getClassName().startsWith(ActionWalkGuiTest.class.getName())).findFirst();
            throw new AssertionError("walking " + id + " (" + at.map(Object::toString).orElse("?") + "): " + e, e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs().isEmpty() || id.equals("QUIT"), id + " left a window open: " + dialogs());
    }

    /** The reviewed effect of every registered action, by id. */
    private Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("NEXT_SENTENCE", s -> {
            goTo(s, 2);
            key(s, "NEXT_SENTENCE");
            s.waitUntil(() -> s.current() == 3);
        });
        c.put("PREVIOUS_SENTENCE", s -> {
            goTo(s, 3);
            key(s, "PREVIOUS_SENTENCE");
            s.waitUntil(() -> s.current() == 2);
        });
        c.put("TAG_WITH_LABEL", s -> {
            goTo(s, 2);
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            s.waitUntil(() -> "Claim".equals(s.storedLabels(1).get(2)));
        });
        c.put("CLEAR_TAG", s -> {
            goTo(s, 2);
            key(s, "CLEAR_TAG");
            s.waitSaved();
            s.waitUntil(() -> !s.storedLabels(1).containsKey(2));
        });
        c.put("NEXT_UNTAGGED", s -> {
            goTo(s, 5);
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            goTo(s, 5);
            key(s, "NEXT_UNTAGGED");
            s.waitUntil(() -> s.current() > 5 && s.window().tagging().currentRow().orElseThrow().labelId() == null);
        });
        c.put("NEXT_DISAGREEMENT", s -> {
            s.robot.interact(() -> s.window().comparison().comparingProperty().set(false));
            key(s, "NEXT_DISAGREEMENT");
            s.waitUntil(() -> s.window().comparison().comparingProperty().get()); // D turns the comparison on
        });
        c.put("UNSURE", s -> {
            goTo(s, 5); // tagged Claim above
            key(s, "UNSURE");
            s.waitSaved();
            s.waitUntil(() -> s.count("SELECT t.unsure FROM tags t JOIN sentences x ON x.id = t.sentence_id"
                    + " WHERE x.document_id = 1 AND x.idx = 5") == 1);
        });
        c.put("LINK", s -> {
            goTo(s, 13);
            key(s, "LINK");
            key(s, "PREVIOUS_SENTENCE"); // while linking, K still moves: to the target
            s.waitUntil(() -> s.current() < 13);
            int target = s.current();
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            s.waitUntil(() -> s.count("SELECT count(*) FROM links l JOIN sentences f ON f.id = l.from_sentence_id"
                    + " JOIN sentences t ON t.id = l.to_sentence_id WHERE f.idx = 13 AND t.idx = " + target) == 1);
        });
        c.put("LINK_LIST", s -> {
            goTo(s, 13);
            key(s, "LINK_LIST");
            s.waitUntil(() -> s.window().scene().getFocusOwner() instanceof ListView<?>);
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> !(s.window().scene().getFocusOwner() instanceof ListView<?>));
        });
        c.put("SPEAKER", s -> {
            goTo(s, 9);
            key(s, "SPEAKER");
            s.waitUntil(() -> s.window().scene().getFocusOwner() instanceof TextField);
            s.robot.write("Ana");
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            s.waitUntil(() -> s.count("SELECT count(*) FROM speakers p JOIN sentences x ON x.id = p.sentence_id"
                    + " WHERE x.document_id = 1 AND x.idx = 9 AND p.name = 'Ana'") == 1); // the S typed no letter
        });
        c.put("COMPARE", s -> {
            boolean before = s.window().comparison().comparingProperty().get();
            key(s, "COMPARE");
            s.waitUntil(() -> s.window().comparison().comparingProperty().get() != before);
        });
        c.put("ADJUDICATE", s -> {
            key(s, "ADJUDICATE");
            s.waitUntil(() -> s.window().comparison().adjudicatingProperty().get());
            key(s, "ADJUDICATE");
            s.waitUntil(() -> !s.window().comparison().adjudicatingProperty().get());
        });
        c.put("ACCEPT_MAJORITY", s -> {
            s.robot.interact(() -> s.window().library().notices().post(""));
            key(s, "ACCEPT_MAJORITY");
            s.waitUntil(() -> notice(s).startsWith("A accepts the majority while adjudicating"));
        });
        c.put("ACCEPT_AGREED", s -> {
            s.robot.interact(() -> s.window().library().notices().post(""));
            key(s, "ACCEPT_AGREED");
            s.waitUntil(() -> notice(s).startsWith("Accept all agreed works while adjudicating"));
        });
        c.put("TOGGLE_EXCLUDED", s -> {
            goTo(s, 11);
            String excluded = "SELECT excluded FROM sentences WHERE document_id = 1 AND idx = 11";
            key(s, "TOGGLE_EXCLUDED");
            s.waitSaved();
            s.waitUntil(() -> s.count(excluded) == 1);
            key(s, "TOGGLE_EXCLUDED");
            s.waitSaved();
            s.waitUntil(() -> s.count(excluded) == 0);
        });
        c.put("NEXT_ARTICLE", s -> {
            key(s, "NEXT_ARTICLE");
            s.waitUntil(() -> openDocument(s) == 2);
        });
        c.put("PREVIOUS_ARTICLE", s -> {
            key(s, "PREVIOUS_ARTICLE");
            s.waitUntil(() -> openDocument(s) == 1);
        });
        c.put("RELOAD", s -> {
            s.execute("UPDATE documents SET title = 'Changed by the command line' WHERE id = 2");
            key(s, "RELOAD");
            s.waitUntil(() -> "Changed by the command line".equals(s.window().library().find(2).orElseThrow().title()));
        });
        c.put("EDIT_NOTE", s -> {
            goTo(s, 5);
            key(s, "EDIT_NOTE");
            s.waitUntil(() -> s.window().scene().getFocusOwner() instanceof TextArea);
            s.robot.write("walked here");
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            s.waitUntil(() -> s.count("SELECT count(*) FROM tags t JOIN sentences x ON x.id = t.sentence_id"
                    + " WHERE x.document_id = 1 AND x.idx = 5 AND t.note = 'walked here'") == 1);
        });
        String sentences = "SELECT count(*) FROM sentences WHERE document_id = 1 AND idx IS NOT NULL";
        long[] count = new long[1];
        c.put("MERGE", s -> {
            count[0] = s.count(sentences);
            goTo(s, 3);
            key(s, "MERGE");
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0] - 1);
        });
        c.put("SPLIT", s -> {
            goTo(s, 3);
            key(s, "SPLIT");
            waitForWindow(s, "Split sentence");
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> dialogs().isEmpty());
            assertEquals(count[0] - 1, s.count(sentences), "cancelled: nothing split");
        });
        c.put("UNDO", s -> {
            key(s, "UNDO");
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0]); // the merge is undone
        });
        c.put("REDO", s -> {
            key(s, "REDO");
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0] - 1);
            key(s, "UNDO");
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0]);
            press(s, new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)); // its second key
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0] - 1);
            key(s, "UNDO");
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0]);
        });
        c.put("IMPORT", s -> askedForAFile(s, "IMPORT", "ImportActions.importDialog"));
        c.put("IMPORT_FOLDER", s -> askedForAFile(s, "IMPORT_FOLDER", "ImportActions.importFolderDialog"));
        c.put("PASTE_ARTICLE", s -> {
            long before = s.count("SELECT count(*) FROM documents");
            s.robot.interact(() -> Clipboard.getSystemClipboard().setContent(
                    Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT, "Pasted in the walk\n\nIt says one thing. And another.")));
            key(s, "PASTE_ARTICLE");
            s.waitUntil(() -> s.robot.lookup(".paste-title-dialog").tryQuery().isPresent());
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> s.count("SELECT count(*) FROM documents") == before + 1);
            s.waitUntil(() -> dialogs().isEmpty());
        });
        c.put("EXPORT", s -> dialog(s, "EXPORT", ".export-dialog"));
        c.put("DETAILS", s -> dialog(s, "DETAILS", ".details-dialog"));
        c.put("RENAME", s -> {
            long doc = openDocument(s);
            key(s, "RENAME");
            s.waitUntil(() -> s.robot.lookup(".rename-dialog .text-field").tryQuery().isPresent());
            TextField title = s.robot.lookup(".rename-dialog .text-field").queryAs(TextField.class);
            s.waitUntil(title::isFocused);
            s.robot.interact(() -> title.setText("Renamed by F2"));
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> s.count("SELECT count(*) FROM documents WHERE id = " + doc
                    + " AND title = 'Renamed by F2'") == 1);
        });
        c.put("DELETE", s -> {
            long doc = openDocument(s);
            key(s, "DELETE");
            s.waitUntil(() -> s.count("SELECT count(*) FROM documents WHERE id = " + doc + " AND deleted_at IS NOT NULL") == 1);
            key(s, "UNDO");
            s.waitUntil(() -> s.count("SELECT count(*) FROM documents WHERE deleted_at IS NOT NULL") == 0);
            s.waitUntil(() -> openDocument(s) == doc);
        });
        c.put("AGREEMENT", s -> dialog(s, "AGREEMENT", ".agreement-dialog"));
        c.put("FIND", s -> {
            key(s, "FIND");
            TextField query = s.robot.lookup("#find-query").queryAs(TextField.class);
            s.waitUntil(query::isFocused);
            s.robot.write("sanctions");
            s.waitUntil(() -> s.robot.lookup("#find-results").queryListView().getItems().size() >= 3);
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> !s.robot.lookup(".find-panel").query().isVisible());
        });
        c.put("FIND_NEXT", s -> found(s, "FIND_NEXT"));
        c.put("FIND_PREVIOUS", s -> found(s, "FIND_PREVIOUS"));
        c.put("STATISTICS", s -> {
            key(s, "STATISTICS");
            Stage stats = waitForWindow(s, "Statistics");
            s.robot.interact(stats::close);
            s.waitUntil(() -> dialogs().isEmpty());
        });
        c.put("GUIDELINES", s -> {
            key(s, "GUIDELINES");
            s.waitUntil(() -> s.robot.lookup(".guideline-panel").tryQuery().filter(n -> n.getScene() != null).isPresent());
            s.robot.interact(() -> s.window().focusArticleNow());
            key(s, "GUIDELINES");
            s.waitUntil(() -> s.robot.lookup(".guideline-panel").tryQuery().filter(n -> n.getScene() != null).isEmpty());
        });
        c.put("CODEBOOK", s -> {
            key(s, "CODEBOOK");
            s.waitUntil(() -> s.robot.lookup(".codebook-dialog").tryQuery().isPresent());
            Window w = s.robot.lookup(".codebook-dialog").query().getScene().getWindow();
            s.robot.interact(() -> ((Stage) w).close());
            s.waitUntil(() -> dialogs().isEmpty());
        });
        c.put("LARGER_TEXT", s -> {
            key(s, "NORMAL_TEXT");
            s.waitUntil(() -> articleStyle(s).contains("-fx-font-size: 16.0px"));
            key(s, "LARGER_TEXT");
            s.waitUntil(() -> articleStyle(s).contains("-fx-font-size: 17.0px"));
        });
        c.put("SMALLER_TEXT", s -> {
            key(s, "SMALLER_TEXT");
            key(s, "SMALLER_TEXT");
            s.waitUntil(() -> articleStyle(s).contains("-fx-font-size: 15.0px"));
        });
        c.put("NORMAL_TEXT", s -> {
            key(s, "NORMAL_TEXT");
            s.waitUntil(() -> articleStyle(s).contains("-fx-font-size: 16.0px"));
        });
        c.put("PREFERENCES", s -> dialog(s, "PREFERENCES", ".preferences-dialog"));
        c.put("SHOW_SHORTCUTS", s -> dialog(s, "SHOW_SHORTCUTS", ".shortcut-table"));
        c.put("QUIT", s -> {
            Window main = s.window().scene().getWindow();
            key(s, "QUIT");
            s.waitUntil(() -> !main.isShowing());
        });
        // Entries without a key: their menu, reached from the keyboard (Alt and the menu's mnemonic, arrows, Enter).
        c.put("NEW_LIBRARY", s -> {
            menu(s, "File", "New library…");
            s.waitUntil(() -> asked("LibrarySwitcher.newLibrary"));
        });
        c.put("OPEN_LIBRARY", s -> {
            menu(s, "File", "Open library…");
            s.waitUntil(() -> asked("LibrarySwitcher.openLibrary"));
        });
        c.put("OPEN_TEAM_LIBRARY", s -> {
            menu(s, "File", "Open team library…");
            s.waitUntil(() -> s.robot.lookup("#team-library-url").tryQuery().isPresent());
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> dialogs().isEmpty());
        });
        c.put("OPEN_RECENT", s -> {
            menu(s, "File", "Open recent");
            s.waitUntil(() -> shownLabel(s, "other.db").isPresent()); // the submenu lists the recent library
            s.robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
            s.waitUntil(() -> shownLabel(s, "other.db").isEmpty());
        });
        c.put("SWITCH_ANNOTATOR", s -> {
            String before = s.window().library().annotatorProperty().get();
            menu(s, "File", "Switch annotator…");
            s.waitUntil(() -> s.robot.lookup(".annotator-dialog").tryQuery().isPresent());
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> dialogs().isEmpty());
            assertEquals(before, s.window().library().annotatorProperty().get(), "cancelled: the same annotator");
        });
        c.put("RESTORE_SNAPSHOT", s -> {
            menu(s, "File", "Restore snapshot…");
            Stage restore = waitForWindow(s, "Restore snapshot");
            s.robot.interact(restore::close);
            s.waitUntil(() -> dialogs().isEmpty());
        });
        c.put("AUTO_ADVANCE", s -> {
            boolean before = s.window().tagging().autoAdvanceProperty().get();
            menu(s, "View", "Auto-advance after tagging");
            s.waitUntil(() -> s.window().tagging().autoAdvanceProperty().get() != before);
        });
        c.put("ABOUT", s -> {
            menu(s, "Help", "About Sentag");
            Stage about = waitForWindow(s, "About Sentag");
            assertNotNull(about);
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> dialogs().isEmpty());
        });
        return c;
    }

    /** Presses the entry's default key: a Ctrl shortcut, a single key, or a typed character (?). */
    private static void key(GuiSession s, String id) throws Exception {
        press(s, Actions.defaultKey(id).orElseThrow(() -> new AssertionError(id + " has no key")));
    }

    private static void press(GuiSession s, KeyCombination key) throws Exception {
        if (key instanceof KeyCharacterCombination c) {
            s.robot.write(c.getCharacter());
        } else {
            KeyCodeCombination k = (KeyCodeCombination) key;
            List<KeyCode> keys = new ArrayList<>();
            if (k.getShortcut() == KeyCombination.ModifierValue.DOWN || k.getControl() == KeyCombination.ModifierValue.DOWN) {
                keys.add(KeyCode.CONTROL);
            }
            if (k.getShift() == KeyCombination.ModifierValue.DOWN) {
                keys.add(KeyCode.SHIFT);
            }
            keys.add(k.getCode());
            s.robot.push(keys.toArray(KeyCode[]::new));
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a menu of the menu bar with Alt and its mnemonic, walks down to the item with the arrow keys, Enter. */
    private static void menu(GuiSession s, String menu, String item) throws Exception {
        int at = s.current();
        s.robot.press(KeyCode.ALT).type(KeyCode.valueOf(menu.substring(0, 1).toUpperCase(Locale.ROOT)))
                .release(KeyCode.ALT);
        s.waitUntil(() -> focusedMenuItem(s).isPresent() || shownLabel(s, item).isPresent());
        for (int i = 0; i < 40 && !focusedMenuItem(s).map(item::equals).orElse(false); i++) {
            s.robot.type(KeyCode.DOWN);
        }
        assertEquals(item, focusedMenuItem(s).orElse(null), "the arrows reach " + item);
        assertEquals(at, s.current(), "the arrows walked the menu, not the article");
        s.robot.type(item.equals("Open recent") ? KeyCode.RIGHT : KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the menu item that has the keyboard focus in an open menu, if any. */
    private static java.util.Optional<String> focusedMenuItem(GuiSession s) {
        return s.robot.lookup(".menu-item").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("focused"))
                        && n.getScene() != null && n.getScene().getWindow().isShowing())
                .findFirst().flatMap(n -> s.robot.from(n).lookup(".label").tryQuery())
                .map(l -> ((Labeled) l).getText().replace("_", "").replaceAll(" {4}.*", ""));
    }

    private static java.util.Optional<Node> shownLabel(GuiSession s, String prefix) {
        return s.robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().replace("_", "").startsWith(prefix) && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).tryQuery();
    }

    /** The entry's key opened a native file chooser: Monocle refuses it, and the refusal names the handler. */
    private void askedForAFile(GuiSession s, String id, String handler) throws Exception {
        key(s, id);
        s.waitUntil(() -> asked(handler));
    }

    private boolean asked(String handler) {
        synchronized (fxErrors) {
            return fxErrors.stream().anyMatch(e -> e instanceof UnsupportedOperationException
                    && java.util.Arrays.stream(e.getStackTrace()).anyMatch(f -> (f.getClassName().replaceAll(".*\\.", "")
                    + "." + f.getMethodName()).equals(handler)));
        }
    }

    /** The entry's key shows the dialog with {@code styleClass}; its Close, Cancel or OK button closes it again. */
    private static void dialog(GuiSession s, String id, String styleClass) throws Exception {
        key(s, id);
        s.waitUntil(() -> s.robot.lookup(styleClass).tryQuery().isPresent());
        Node shown = s.robot.lookup(styleClass).query();
        while (!(shown instanceof javafx.scene.control.DialogPane)) {
            shown = shown.getParent();
        }
        var pane = (javafx.scene.control.DialogPane) shown;
        Node close = java.util.stream.Stream.of(javafx.scene.control.ButtonType.CLOSE,
                        javafx.scene.control.ButtonType.CANCEL, javafx.scene.control.ButtonType.OK)
                .map(pane::lookupButton).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        s.robot.interact(((javafx.scene.control.Button) close)::fire);
        s.waitUntil(() -> dialogs().isEmpty());
    }

    /** F3 / Shift+F3 after a search: the cursor moves to another sentence found. */
    private static void found(GuiSession s, String id) throws Exception {
        String before = openDocument(s) + ":" + s.current();
        key(s, id);
        s.waitUntil(() -> !(openDocument(s) + ":" + s.current()).equals(before)
                && s.window().tagging().currentRow().orElseThrow().sentence().text().toLowerCase(Locale.ROOT)
                .contains("sanction"));
    }

    private static Stage waitForWindow(GuiSession s, String title) throws Exception {
        Callable<java.util.Optional<Stage>> find = () -> dialogs().stream().filter(w -> w instanceof Stage st
                && title.equals(st.getTitle())).map(w -> (Stage) w).findFirst();
        s.waitUntil(() -> find.call().isPresent());
        return find.call().orElseThrow();
    }

    /** The windows shown besides the main window (dialogs and owned stages; menus and tooltips are popups). */
    private static List<Window> dialogs() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage st && st.getOwner() != null && w.isShowing())
                .toList();
    }

    private static void goTo(GuiSession s, int index) throws Exception {
        s.robot.interact(() -> s.window().tagging().moveTo(index));
        s.waitUntil(() -> s.current() == index);
    }

    private static long openDocument(GuiSession s) {
        return s.window().tagging().documentProperty().get().id();
    }

    private static String notice(GuiSession s) {
        String n = s.window().library().noticeProperty().get();
        return n == null ? "" : n;
    }

    private static String articleStyle(GuiSession s) {
        return s.robot.lookup(".article").queryAs(StyleClassedTextArea.class).getStyle();
    }
}
