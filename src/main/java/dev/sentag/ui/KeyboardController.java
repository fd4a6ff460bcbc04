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

    /** What the window does for keys that reach beyond the open document. */
    interface Actions {
        void nextDocument();

        void previousDocument();

        void showShortcuts();

        void editNote();
    }

    KeyboardController(TaggingViewModel tagging, ComparisonViewModel comparison, Actions actions) {
        this.tagging = tagging;
        this.comparison = comparison;
        this.actions = actions;
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
        switch (code) {
            case DOWN, J -> tagging.next();
            case UP, K -> tagging.previous();
            case PAGE_DOWN -> actions.nextDocument();
            case PAGE_UP -> actions.previousDocument();
            case N -> tagging.nextUntagged();
            case D -> comparison.nextDisagreement();
            case A -> comparison.acceptMajority();
            case X -> tagging.toggleExcludedCurrent();
            case BACK_SPACE, DELETE, DIGIT0, NUMPAD0 -> tagging.tagCurrent(null);
            case ENTER -> actions.editNote();
            case ESCAPE -> tagging.status().dismiss();
            default -> {
                return tagByKey(text, code);
            }
        }
        return true;
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
