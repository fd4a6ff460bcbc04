package dev.sentag.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The one dispatcher of the window's single keys: it reads the (possibly rebound) {@link KeyBindings} and runs the
 * registry entry a key is bound to, unless that entry is disabled. The label keys of the codebook tag, Esc dismisses
 * a notice. A linking mode ({@link LinkKeys}) sees keys first; while a text field has the focus only function keys
 * (F1, F3 …) act. Ctrl shortcuts are the menus' accelerators and are not looked at here.
 */
final class KeyDispatcher {
    private final ActionContext context;
    private final KeyBindings keys;
    private final Map<String, Runnable> handlers = new HashMap<>();
    /** Set after a press ran a command: the character it types must not land anywhere (S focuses a field). */
    private boolean swallowTyped;

    KeyDispatcher(ActionContext context, KeyBindings keys) {
        this.context = context;
        this.keys = keys;
        for (ActionSpec a : Actions.ALL) {
            if (a.command() instanceof ActionSpec.Run run) {
                handlers.put(a.id(), run.handler().apply(context));
            } else if (a.command() instanceof ActionSpec.Toggle toggle) {
                var state = toggle.state().apply(context);
                handlers.put(a.id(), () -> state.set(!state.get()));
            }
        }
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
    }

    private static boolean typing(KeyEvent e) {
        return e.getTarget() instanceof TextInputControl
                || e.getSource() instanceof Scene s && s.getFocusOwner() instanceof TextInputControl;
    }

    /**
     * True while the keyboard walks the menu bar: it has the focus (a click, Tab), or — after Alt, which JavaFX shows
     * by hovering a menu's button without moving the focus — an arrow key opens and walks its menus.
     */
    private static boolean inMenuBar(KeyEvent e) {
        if (!(e.getSource() instanceof Scene scene)) {
            return false;
        }
        for (var n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.MenuBar) {
                return true;
            }
        }
        if (!e.getCode().isArrowKey()) {
            return false;
        }
        var bar = scene.getRoot() instanceof javafx.scene.layout.BorderPane root ? root.getTop() : null;
        return bar instanceof javafx.scene.control.MenuBar
                && (bar.isFocused() || bar.lookupAll(".menu-button").stream().anyMatch(javafx.scene.Node::isHover));
    }

    private void pressed(KeyEvent e) {
        swallowTyped = false;
        if (e.isConsumed() || typing(e) && !e.getCode().isFunctionKey() || inMenuBar(e)) {
            return;
        }
        Optional<ActionSpec> bound = keys.pressed(e);
        boolean plain = !(e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown());
        LinkKeys links = context.window().links();
        boolean handled = plain && links != null && links.inMode(e, bound.orElse(null))
                || bound.map(this::run).orElseGet(() -> plain && fallback(e));
        if (handled) {
            swallowTyped = true;
            e.consume();
        }
    }

    /** Runs the entry unless it is disabled; false when it did not run (the key then goes on to the controls). */
    private boolean run(ActionSpec action) {
        if (action.disabledWhen() != null && action.disabledWhen().apply(context).get()) {
            return false;
        }
        Runnable handler = handlers.get(action.id());
        if (handler == null) {
            return false;
        }
        handler.run();
        return true;
    }

    /** Keys that are not the registry's: Esc dismisses a notice, a label's key tags with it. */
    private boolean fallback(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            context.tagging().status().dismiss();
            return true;
        }
        var labels = context.tagging().labelsProperty().get();
        if (labels == null) {
            return false;
        }
        KeyCode code = e.getCode();
        String text = e.getText();
        String key = code.isKeypadKey() && code.isDigitKey() ? code.getName().replace("Numpad ", "")
                : text == null || text.isEmpty() ? code.getChar() : text;
        var label = labels.byKey(key);
        label.ifPresent(context.tagging()::tagCurrent);
        return label.isPresent();
    }

    private void typed(KeyEvent e) {
        if (swallowTyped) {
            swallowTyped = false;
            e.consume();
            return;
        }
        if (!e.isConsumed() && !typing(e)) {
            keys.typed(e.getCharacter()).filter(this::run).ifPresent(a -> e.consume());
        }
    }
}
