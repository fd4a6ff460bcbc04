package dev.sentag.ui;

import java.util.List;
import javafx.scene.input.KeyCode;

/**
 * The single-key tagging commands a user may rebind (Edit → Preferences…): each has one key the user chooses
 * (its default listed first) and fixed companions such as the arrow keys, which always work.
 */
public enum KeyAction {
    NEXT_SENTENCE("Next sentence", KeyCode.J, KeyCode.DOWN),
    PREVIOUS_SENTENCE("Previous sentence", KeyCode.K, KeyCode.UP),
    NEXT_UNTAGGED("Next untagged sentence", KeyCode.N),
    NEXT_DISAGREEMENT("Next sentence where annotators' labels differ", KeyCode.D),
    ACCEPT_MAJORITY("Adjudicating: accept the majority label", KeyCode.A),
    TOGGLE_EXCLUDED("Exclude or include the sentence (web residue)", KeyCode.X),
    CLEAR_TAG("Clear the tag", KeyCode.DIGIT0, KeyCode.NUMPAD0, KeyCode.BACK_SPACE, KeyCode.DELETE),
    NEXT_ARTICLE("Next article", KeyCode.PAGE_DOWN),
    PREVIOUS_ARTICLE("Previous article", KeyCode.PAGE_UP),
    EDIT_NOTE("Edit the note", KeyCode.ENTER);

    private final String description;
    private final KeyCode defaultKey;
    private final List<KeyCode> fixed;

    KeyAction(String description, KeyCode defaultKey, KeyCode... fixed) {
        this.description = description;
        this.defaultKey = defaultKey;
        this.fixed = List.of(fixed);
    }

    public String description() {
        return description;
    }

    public KeyCode defaultKey() {
        return defaultKey;
    }

    /** Keys that always do this too, whatever the chosen key (arrows, Backspace …). */
    public List<KeyCode> fixedKeys() {
        return fixed;
    }
}
