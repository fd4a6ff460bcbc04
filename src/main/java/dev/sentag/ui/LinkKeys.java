package dev.sentag.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The linking commands and their two modes. The entry keys come from the registry ({@link Actions}: L starts a link,
 * Shift+L goes to the link list, S edits the speaker); {@link KeyDispatcher} asks {@link #inMode} first. While
 * linking, digits type the target's number, a relation type's key chooses the type, Enter links, Esc cancels (the
 * next / previous sentence keys still move); in the link list, those keys move, Enter jumps, Delete removes one of
 * yours, A takes another annotator's as yours (adjudicating: gold's), Esc returns.
 */
final class LinkKeys {
    private final LinkingViewModel linking;
    private final TaggingViewModel tagging;
    private final LinkListView list;
    private final SpeakerPrompt speaker;
    private final Runnable returnFocus;

    LinkKeys(LinkingViewModel linking, TaggingViewModel tagging, LinkListView list, SpeakerPrompt speaker,
             Runnable returnFocus) {
        this.linking = linking;
        this.tagging = tagging;
        this.list = list;
        this.speaker = speaker;
        this.returnFocus = returnFocus;
    }

    /** L: starts linking the current sentence. */
    void link() {
        linking.start();
    }

    /** Shift+L: moves the focus into the link list, if it has links. */
    void linkList() {
        if (!list.list().getItems().isEmpty()) {
            list.list().requestFocus();
            list.list().getSelectionModel().selectFirst();
        }
    }

    /** S: edits the speaker (the key's own character is kept out of the field by the dispatcher). */
    void speaker() {
        speaker.edit();
    }

    /**
     * Handles {@code e} when a mode is on (the link list has the focus, or a link is being made); {@code bound} is the
     * registry entry the key is bound to, if any. False when no mode is on or the key is left to the dispatcher.
     */
    boolean inMode(KeyEvent e, ActionSpec bound) {
        if (e.getTarget() == list.list() || list.list().isFocused()) {
            return inList(e.getCode(), bound);
        }
        return linking.linking() && whileLinking(e.getCode(), e.getText(), bound);
    }

    private static boolean moves(ActionSpec bound) {
        return bound == Actions.NEXT_SENTENCE || bound == Actions.PREVIOUS_SENTENCE;
    }

    private boolean whileLinking(KeyCode code, String text, ActionSpec bound) {
        if (moves(bound)) {
            return false; // the dispatcher moves the cursor to the target
        }
        switch (code) {
            case ENTER -> linking.confirm();
            case ESCAPE -> linking.cancel();
            case BACK_SPACE -> linking.untype();
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

    private boolean inList(KeyCode code, ActionSpec bound) {
        var selection = list.list().getSelectionModel();
        if (bound == Actions.NEXT_SENTENCE) {
            selection.selectNext();
            return true;
        }
        if (bound == Actions.PREVIOUS_SENTENCE) {
            selection.selectPrevious();
            return true;
        }
        switch (code) {
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
