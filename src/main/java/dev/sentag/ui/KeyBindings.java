package dev.sentag.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.input.KeyCode;

/**
 * Which key runs each {@link KeyAction}: the defaults, or what the user chose. A key already taken — by another
 * action, a fixed key, a label of the codebook, Esc or ? — is refused with the reason, so no key ever does two things.
 */
public final class KeyBindings {
    private final ObservableMap<KeyAction, KeyCode> chosen = FXCollections.observableMap(new EnumMap<>(KeyAction.class));
    private Predicate<String> labelKey = key -> false;

    public KeyBindings() {
        reset();
    }

    /** Tells the bindings which keys the codebook's labels use (they cannot be taken). */
    void labelKeys(Predicate<String> isLabelKey) {
        this.labelKey = isLabelKey;
    }

    public KeyCode key(KeyAction action) {
        return chosen.get(action);
    }

    /** The action {@code code} runs, if any: a chosen key or a fixed one. */
    public Optional<KeyAction> action(KeyCode code) {
        for (KeyAction a : KeyAction.values()) {
            if (chosen.get(a) == code || a.fixedKeys().contains(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Single keys of other commands that are not rebindable (links, speakers, unsure, guidelines, rename, find). */
    private static final java.util.Map<KeyCode, String> FIXED = java.util.Map.of(
            KeyCode.L, "links the sentence to another", KeyCode.S, "sets the speaker",
            KeyCode.U, "marks the tag unsure", KeyCode.F1, "opens the guidelines",
            KeyCode.F2, "renames the article", KeyCode.F3, "goes to the next sentence found");

    /** Why {@code code} cannot run {@code action}, or empty when it can. */
    public Optional<String> conflict(KeyAction action, KeyCode code) {
        if (code == null || code.isModifierKey() || code == KeyCode.ESCAPE || code == KeyCode.UNDEFINED) {
            return Optional.of("That key cannot be bound.");
        }
        if (code.isLetterKey() || code.isDigitKey() || code.isArrowKey() || code.isFunctionKey() || code.isNavigationKey()
                || code.isWhitespaceKey() || code == KeyCode.BACK_SPACE || code == KeyCode.DELETE) {
            var other = action(code).filter(a -> a != action);
            if (other.isPresent()) {
                return Optional.of(name(code) + " already does “" + other.get().description() + "”.");
            }
            if (code == KeyCode.F5) {
                return Optional.of("F5 already reloads the library.");
            }
            if (FIXED.containsKey(code)) {
                return Optional.of(name(code) + " already " + FIXED.get(code) + ".");
            }
            String text = code.isKeypadKey() && code.isDigitKey() ? code.getName().replace("Numpad ", "") : code.getChar();
            if (labelKey.test(text)) {
                return Optional.of(name(code) + " already tags with a label of the codebook.");
            }
            return Optional.empty();
        }
        return Optional.of(name(code) + " cannot be bound: use a letter, digit, arrow, F-key or navigation key.");
    }

    /** Binds {@code code} to {@code action} unless it conflicts; returns the conflict when refused. */
    public Optional<String> rebind(KeyAction action, KeyCode code) {
        Optional<String> why = conflict(action, code);
        if (why.isEmpty()) {
            chosen.put(action, code);
        }
        return why;
    }

    public void reset() {
        for (KeyAction a : KeyAction.values()) {
            chosen.put(a, a.defaultKey());
        }
    }

    /** The chosen keys, for saving and for views that follow changes. */
    public ObservableMap<KeyAction, KeyCode> chosen() {
        return chosen;
    }

    /** Copies another set of bindings (the preferences dialog's draft) into this one. */
    public void setAll(Map<KeyAction, KeyCode> keys) {
        chosen.putAll(keys);
    }

    static String name(KeyCode code) {
        return code.getName();
    }
}
