package dev.sentag.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Which key runs each rebindable entry of the registry ({@link Actions#rebindable()}): its default, or what the user
 * chose. A key already taken — by another entry of the registry (its key, its companions, a menu accelerator), a
 * label of the codebook, or Esc — is refused with the reason, so no key ever does two things.
 */
public final class KeyBindings {
    private final ObservableMap<String, KeyCombination> chosen = FXCollections.observableHashMap();
    private Function<String, Optional<String>> labelNamed = key -> Optional.empty();

    public KeyBindings() {
        reset();
    }

    /** Tells the bindings which keys the codebook's labels use (key → the label's name); they cannot be taken. */
    void labelKeys(Function<String, Optional<String>> labelNamed) {
        this.labelNamed = labelNamed;
    }

    /** The key of the entry {@code id} now. */
    public KeyCombination key(String id) {
        return chosen.get(id);
    }

    /** The key of the entry {@code id} as the user reads it ("J", "Shift+L", "Page Down", "?"). */
    public String keyText(String id) {
        return text(chosen.get(id));
    }

    /** The rebindable entry a key press runs, if any: by its chosen key, or a companion (arrows, Backspace …). */
    Optional<ActionSpec> pressed(KeyEvent e) {
        for (ActionSpec a : Actions.rebindable()) {
            if (chosen.get(a.id()) instanceof KeyCodeCombination k && k.match(e)) {
                return Optional.of(a);
            }
        }
        for (ActionSpec a : Actions.rebindable()) {
            if (a.companions().stream().anyMatch(c -> KeyCombination.keyCombination(c).match(e))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The rebindable entry a typed character runs (? by default), if any. */
    Optional<ActionSpec> typed(String character) {
        return Actions.rebindable().stream().filter(a -> chosen.get(a.id()) instanceof KeyCharacterCombination k
                && k.getCharacter().equals(character)).findFirst();
    }

    /** Why {@code key} cannot run the entry {@code id}, or empty when it can. */
    public Optional<String> conflict(String id, KeyCombination key) {
        if (!(key instanceof KeyCodeCombination k) || k.getCode().isModifierKey() || k.getCode() == KeyCode.ESCAPE
                || k.getCode() == KeyCode.UNDEFINED) {
            return Optional.of("That key cannot be bound.");
        }
        KeyCode code = k.getCode();
        if (!(code.isLetterKey() || code.isDigitKey() || code.isArrowKey() || code.isFunctionKey()
                || code.isNavigationKey() || code.isWhitespaceKey() || code == KeyCode.BACK_SPACE
                || code == KeyCode.DELETE)) {
            return Optional.of(text(key) + " cannot be bound: use a letter, digit, arrow, F-key or navigation key.");
        }
        for (ActionSpec a : Actions.ALL) {
            if (a.id().equals(id)) {
                continue; // its own companions may be chosen (pointless, but harmless)
            }
            boolean taken = key.equals(chosen.get(a.id()))
                    || a.allKeys().stream().filter(s -> !s.equals(a.key()) || !a.rebindable())
                    .anyMatch(s -> key.equals(KeyCombination.keyCombination(s)));
            if (taken) {
                return Optional.of(text(key) + " already does “" + a.name() + "”.");
            }
        }
        if (k.getShift() == KeyCombination.ModifierValue.UP && !k.getShortcut().equals(KeyCombination.ModifierValue.DOWN)
                && k.getControl() == KeyCombination.ModifierValue.UP && k.getAlt() == KeyCombination.ModifierValue.UP) {
            String typed = code.isKeypadKey() && code.isDigitKey() ? code.getName().replace("Numpad ", "") : code.getChar();
            var label = labelNamed.apply(typed).or(() -> labelNamed.apply(typed.toLowerCase(java.util.Locale.ROOT)));
            if (label.isPresent()) {
                return Optional.of(text(key) + " already tags with “" + label.get() + "”, a label of the codebook.");
            }
        }
        return Optional.empty();
    }

    /** Binds {@code key} to the entry {@code id} unless it conflicts; returns the conflict when refused. */
    public Optional<String> rebind(String id, KeyCombination key) {
        Optional<String> why = conflict(id, key);
        if (why.isEmpty()) {
            chosen.put(id, key);
        }
        return why;
    }

    /** Every rebindable entry back to its default key. */
    public void reset() {
        for (ActionSpec a : Actions.rebindable()) {
            chosen.put(a.id(), KeyCombination.keyCombination(a.key()));
        }
    }

    /** The chosen keys, for saving and for views that follow changes. */
    public ObservableMap<String, KeyCombination> chosen() {
        return chosen;
    }

    /** Copies another set of bindings (the preferences dialog's draft) into this one. */
    public void setAll(Map<String, KeyCombination> keys) {
        chosen.putAll(keys);
    }

    /** The key of a press, as a combination (Ctrl read as the platform's shortcut key, as the menus have it). */
    static KeyCombination of(KeyEvent e) {
        var mods = new java.util.ArrayList<KeyCombination.Modifier>();
        if (e.isShortcutDown()) {
            mods.add(KeyCombination.SHORTCUT_DOWN);
        } else if (e.isControlDown()) {
            mods.add(KeyCombination.CONTROL_DOWN);
        }
        if (e.isAltDown()) {
            mods.add(KeyCombination.ALT_DOWN);
        }
        if (e.isShiftDown()) {
            mods.add(KeyCombination.SHIFT_DOWN);
        }
        return new KeyCodeCombination(e.getCode(), mods.toArray(KeyCombination.Modifier[]::new));
    }

    /** A key as the user reads it: "J", "Shift+L", "Ctrl+R", "Page Down", "?". */
    static String text(KeyCombination key) {
        if (key instanceof KeyCharacterCombination c) {
            return c.getCharacter();
        }
        KeyCodeCombination k = (KeyCodeCombination) key;
        String mods = (k.getShortcut() == KeyCombination.ModifierValue.DOWN
                || k.getControl() == KeyCombination.ModifierValue.DOWN ? "Ctrl+" : "")
                + (k.getAlt() == KeyCombination.ModifierValue.DOWN ? "Alt+" : "")
                + (k.getShift() == KeyCombination.ModifierValue.DOWN ? "Shift+" : "");
        return mods + k.getCode().getName();
    }
}
