package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sentag.ui.Actions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
/** How {@link ActionWalkGuiTest} drives the window: keys, menus, dialogs, and what it reads back. */
final class ActionWalkKeys {
    private ActionWalkKeys() {
    }

    /** Presses the entry's default key: a Ctrl shortcut, a single key, or a typed character (?). */
    static void key(GuiSession s, String id) throws Exception {
        press(s, Actions.defaultKey(id).orElseThrow(() -> new AssertionError(id + " has no key")));
    }

    static void press(GuiSession s, KeyCombination key) throws Exception {
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
    static void menu(GuiSession s, String menu, String item) throws Exception {
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
    static java.util.Optional<String> focusedMenuItem(GuiSession s) {
        return s.robot.lookup(".menu-item").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("focused"))
                        && n.getScene() != null && n.getScene().getWindow().isShowing())
                .findFirst().flatMap(n -> s.robot.from(n).lookup(".label").tryQuery())
                .map(l -> ((Labeled) l).getText().replace("_", "").replaceAll(" {4}.*", ""));
    }

    static java.util.Optional<Node> shownLabel(GuiSession s, String prefix) {
        return s.robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().replace("_", "").startsWith(prefix) && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).tryQuery();
    }

    /** The entry's key shows the dialog with {@code styleClass}; its Close, Cancel or OK button closes it again. */
    static void dialog(GuiSession s, String id, String styleClass) throws Exception {
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
    static void found(GuiSession s, String id) throws Exception {
        String before = openDocument(s) + ":" + s.current();
        key(s, id);
        s.waitUntil(() -> !(openDocument(s) + ":" + s.current()).equals(before)
                && s.window().tagging().currentRow().orElseThrow().sentence().text().toLowerCase(Locale.ROOT)
                .contains("sanction"));
    }

    static Stage waitForWindow(GuiSession s, String title) throws Exception {
        Callable<java.util.Optional<Stage>> find = () -> dialogs().stream().filter(w -> w instanceof Stage st
                && title.equals(st.getTitle())).map(w -> (Stage) w).findFirst();
        s.waitUntil(() -> find.call().isPresent());
        return find.call().orElseThrow();
    }

    /** The windows shown besides the main window (dialogs and owned stages; menus and tooltips are popups). */
    static List<Window> dialogs() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage st && st.getOwner() != null && w.isShowing())
                .toList();
    }

    static void goTo(GuiSession s, int index) throws Exception {
        s.robot.interact(() -> s.window().tagging().moveTo(index));
        s.waitUntil(() -> s.current() == index);
    }

    static long openDocument(GuiSession s) {
        return s.window().tagging().documentProperty().get().id();
    }

    static String notice(GuiSession s) {
        String n = s.window().library().noticeProperty().get();
        return n == null ? "" : n;
    }

    static String articleStyle(GuiSession s) {
        return s.robot.lookup(".article").queryAs(StyleClassedTextArea.class).getStyle();
    }
}
