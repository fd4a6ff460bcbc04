package dev.sentag.ui;

import java.util.List;
import org.kordamp.ikonli.Ikon;

/** The keyboard table, made from the action registry: shown by the ? overlay, Help → Keyboard shortcuts and the README. */
final class Shortcuts {
    /** A row of the table: its keys, what they do, and the entry's icon. */
    record Shortcut(ActionSpec.Row row, Ikon icon) {
        /** The keys with their defaults, as the README lists them. */
        String keys() {
            return row.keys(id -> KeyBindings.text(javafx.scene.input.KeyCombination.keyCombination(
                    Actions.byId(id).orElseThrow().key())));
        }

        /** The keys as the user has them now (a rebound key in place of its default). */
        String keys(KeyBindings chosen) {
            return row.keys(chosen::keyText);
        }

        String action() {
            return row.action();
        }
    }

    /** The rows of the action registry, in its order. */
    static final List<Shortcut> ALL = Actions.ALL.stream().filter(a -> a.row() != null)
            .map(a -> new Shortcut(a.row(), a.icon())).toList();

    private Shortcuts() {
    }
}
