package dev.sentag.ui;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A key shown in a menu item's accelerator column, right-aligned like Ctrl+F, that the menu does not bind: the
 * article's own key handler runs these single keys (N, D, F5, 0…), so that typing an N into a note or the find field
 * never jumps to the next untagged sentence. It matches no key event, so the accelerator the menu installs on the
 * scene never fires; each hint equals only itself.
 */
final class KeyHint extends KeyCombination {
    private final String text;

    KeyHint(String text) {
        this.text = text;
    }

    @Override
    public boolean match(KeyEvent event) {
        return false;
    }

    @Override
    public String getDisplayText() {
        return text;
    }

    @Override
    public String getName() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "KeyHint " + text;
    }
}
