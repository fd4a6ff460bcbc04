package dev.sentag.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The single-key shortcuts (J/K, label keys, N, D, A, X, 0 …), handled before any control sees the key so they
 * work wherever focus is — except while the user types in a text field. Ctrl shortcuts are menu
 * accelerators and are left alone here.
 */
final class KeyboardController {
    private final TaggingViewModel tagging;
    private final ComparisonViewModel comparison;
    private final Actions actions;
    private final KeyBindings keys;

    /** What the window does for keys that reach beyond the open document. */
    interface Actions {
        void nextDocument();

        void previousDocument();

        void showShortcuts();

        void editNote();

        /** N: the next untagged sentence, as the preferences say (this article, or on into the next). */
        void nextUntagged();
    }

    KeyboardController(TaggingViewModel tagging, ComparisonViewModel comparison, Actions actions, KeyBindings keys) {
        this.tagging = tagging;
        this.comparison = comparison;
        this.actions = actions;
        this.keys = keys;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    private static boolean typing(KeyEvent e) {
        return e.getTarget() instanceof TextInputControl
                || e.getSource() instanceof Scene s && s.getFocusOwner() instanceof TextInputControl;
    }

    private void pressed(KeyEvent e) {
        // Consumed by a filter installed before this one (the linking keys): other filters on the scene still see it.
        if (e.isConsumed() || typing(e) || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        if (handle(e.getCode(), e.getText())) {
            e.consume();
        }
    }

    private boolean handle(KeyCode code, String text) {
        var bound = keys.action(code);
        if (bound.isPresent()) {
            run(bound.get());
            return true;
        }
        switch (code) {
            case ESCAPE -> tagging.status().dismiss();
            default -> {
                return tagByKey(text, code);
            }
        }
        return true;
    }

    /** What each rebindable key does (the key itself comes from the {@link KeyBindings}). */
    private void run(KeyAction action) {
        switch (action) {
            case NEXT_SENTENCE -> tagging.next();
            case PREVIOUS_SENTENCE -> tagging.previous();
            case NEXT_ARTICLE -> actions.nextDocument();
            case PREVIOUS_ARTICLE -> actions.previousDocument();
            case NEXT_UNTAGGED -> actions.nextUntagged();
            case NEXT_DISAGREEMENT -> comparison.nextDisagreement();
            case ACCEPT_MAJORITY -> comparison.acceptMajority();
            case TOGGLE_EXCLUDED -> tagging.toggleExcludedCurrent();
            case CLEAR_TAG -> tagging.tagCurrent(null);
            case EDIT_NOTE -> actions.editNote();
        }
    }

    private boolean tagByKey(String text, KeyCode code) {
        var labels = tagging.labelsProperty().get();
        if (labels == null) {
            return false;
        }
        String key = code.isKeypadKey() && code.isDigitKey() ? code.getName().replace("Numpad ", "")
                : text == null || text.isEmpty() ? code.getChar() : text;
        var label = labels.byKey(key);
        label.ifPresent(tagging::tagCurrent);
        return label.isPresent();
    }

    private void typed(KeyEvent e) {
        if (!typing(e) && "?".equals(e.getCharacter())) {
            actions.showShortcuts();
            e.consume();
        }
    }
}
