package dev.sentag.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The linking keys, looked at before {@link KeyboardController}: L starts a link, Shift+L goes to the link list,
 * S edits the speaker; while linking, digits type the target's number, a relation type's key chooses the type,
 * Enter links, Esc cancels (J/K and the
 * arrows still move); in the link list, J/K or the arrows move, Enter jumps, Delete removes one of yours, A takes
 * another annotator's as yours (adjudicating: gold's), Esc returns.
 */
final class LinkKeys {
    private final LinkingViewModel linking;
    private final TaggingViewModel tagging;
    private final LinkListView list;
    private final SpeakerPrompt speaker;
    private final Runnable returnFocus;
    private boolean swallowTyped;

    LinkKeys(LinkingViewModel linking, TaggingViewModel tagging, LinkListView list, SpeakerPrompt speaker,
             Runnable returnFocus) {
        this.linking = linking;
        this.tagging = tagging;
        this.list = list;
        this.speaker = speaker;
        this.returnFocus = returnFocus;
    }

    void install(Scene scene) {
        // S moves the focus to the speaker field; the S typed after the press must not land in it.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped && "sS".contains(e.getCharacter()) && !e.getCharacter().isEmpty()) {
                e.consume();
            }
            swallowTyped = false;
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            if (typing || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
                return;
            }
            boolean handled = scene.getFocusOwner() == list.list() ? inList(e.getCode())
                    : linking.linking() ? whileLinking(e.getCode(), e.getText()) : outside(e.getCode(), e.isShiftDown());
            if (handled) {
                e.consume();
            }
        });
    }

    private boolean outside(KeyCode code, boolean shift) {
        switch (code) {
            case L -> {
                if (shift) {
                    if (!list.list().getItems().isEmpty()) {
                        list.list().requestFocus();
                        list.list().getSelectionModel().selectFirst();
                    }
                } else {
                    linking.start();
                }
            }
            case S -> {
                swallowTyped = true;
                speaker.edit();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean whileLinking(KeyCode code, String text) {
        switch (code) {
            case ENTER -> linking.confirm();
            case ESCAPE -> linking.cancel();
            case BACK_SPACE -> linking.untype();
            case DOWN, J, UP, K -> {
                return false; // KeyboardController moves the cursor
            }
            default -> {
                if (text != null && text.length() == 1 && Character.isDigit(text.charAt(0))) {
                    linking.type(text.charAt(0));
                } else if (text != null && !text.isEmpty()) {
                    linking.chooseType(text);
                }
            }
        }
        return true; // nothing else (a label key, X, D …) acts in the middle of a link
    }

    private boolean inList(KeyCode code) {
        var view = list.list();
        var selection = view.getSelectionModel();
        switch (code) {
            case DOWN, J -> selection.selectNext();
            case UP, K -> selection.selectPrevious();
            case ENTER -> {
                var item = selection.getSelectedItem();
                returnFocus.run();
                if (item != null) {
                    tagging.moveTo(item.otherEnd());
                }
            }
            case DELETE, BACK_SPACE -> {
                var item = selection.getSelectedItem();
                if (item != null && item.mine()) {
                    linking.remove(item.link());
                }
                returnFocus.run();
            }
            case A -> {
                var item = selection.getSelectedItem();
                if (item != null && !item.mine()) {
                    linking.accept(item.link());
                }
            }
            case ESCAPE -> returnFocus.run();
            default -> {
                return false;
            }
        }
        return true;
    }
}
