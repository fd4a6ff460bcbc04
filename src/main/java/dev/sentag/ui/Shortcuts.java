package dev.sentag.ui;

import java.util.List;

/** The keyboard table, made from the action registry: shown by the ? overlay, Help → Keyboard shortcuts and the README. */
final class Shortcuts {
    /** A key (or keys) and what it does; {@code bound} names the rebindable action whose key the text shows. */
    record Shortcut(String keys, String action, KeyAction bound) {
        Shortcut(String keys, String action) {
            this(keys, action, null);
        }

        /** The keys as the user has them now (a rebound key in place of its default). */
        String keys(KeyBindings chosen) {
            return bound == null ? keys : keys.replace(bound.defaultKey().getName(), chosen.key(bound).getName());
        }
    }

    /** The rows of the action registry, in its order. */
    static final List<Shortcut> ALL = Actions.ALL.stream().filter(a -> a.row() != null)
            .map(a -> new Shortcut(a.row().keys(), a.row().action(), a.row().bound())).toList();

    private Shortcuts() {
    }
}
