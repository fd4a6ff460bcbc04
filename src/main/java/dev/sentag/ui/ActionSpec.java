package dev.sentag.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;

/**
 * One command of the window, defined once in {@link Actions}: its menu text and place, its key combination(s),
 * its row in the keyboard table, what it does and when it is disabled. Menus, accelerators, the ? overlay and
 * the README's keyboard table are all made from these.
 *
 * @param text       the menu item's text (with its mnemonic); null for a key-only entry
 * @param place      where the item sits in the menu bar; null for a key-only entry
 * @param accelerator the key combination shown on the menu item and pressed for it (KeyCombination syntax), or null
 * @param sceneKeys  further combinations put on the scene as accelerators for the same handler
 * @param handledKeys keys that another handler (KeyboardController, LinkKeys, CodebookWiring) looks at for it
 * @param row        the entry's row in the keyboard table, or null when it has none
 * @param command    what it does
 * @param disabledWhen when the item is disabled, or null (always enabled)
 */
record ActionSpec(String text, Place place, String accelerator, List<String> sceneKeys,
                  List<String> handledKeys, Row row, Command command,
                  Function<ActionContext, ObservableBooleanValue> disabledWhen) {

    /** A menu of the menu bar. */
    enum MenuName {
        FILE("_File"), EDIT("_Edit"), VIEW("_View"), HELP("_Help");

        final String text;

        MenuName(String text) {
            this.text = text;
        }
    }

    /** The item's menu, its position there (items are sorted by it) and whether a separator goes before it. */
    record Place(MenuName menu, int position, boolean separatorBefore) {
    }

    /** A row of the keyboard table: the keys as the user reads them, and what they do. */
    record Row(String keys, String action, KeyAction bound) {
    }

    /** What an entry does. */
    sealed interface Command permits Run, Toggle, Submenu, HandledElsewhere {
    }

    /** Runs the handler. */
    record Run(Function<ActionContext, Runnable> handler) implements Command {
    }

    /** A check item bound both ways to a state. */
    record Toggle(Function<ActionContext, BooleanProperty> state) implements Command {
    }

    /** A submenu made by someone else (Open recent ▸). */
    record Submenu(Function<ActionContext, Menu> menu) implements Command {
    }

    /** A key looked at by another handler (KeyboardController, LinkKeys, CodebookWiring, FindPanel). */
    record HandledElsewhere(String by) implements Command {
    }

    /** Every key combination of the entry: its accelerator, then the others. */
    List<String> allKeys() {
        var all = new java.util.ArrayList<String>();
        if (accelerator != null) {
            all.add(accelerator);
        }
        all.addAll(sceneKeys);
        all.addAll(handledKeys);
        return all;
    }

    ActionSpec withSceneKeys(String... keys) {
        return new ActionSpec(text, place, accelerator, List.of(keys), handledKeys, row, command, disabledWhen);
    }

    ActionSpec withHandledKeys(String... keys) {
        return new ActionSpec(text, place, accelerator, sceneKeys, List.of(keys), row, command, disabledWhen);
    }

    ActionSpec disabledWhen(Function<ActionContext, ObservableBooleanValue> when) {
        return new ActionSpec(text, place, accelerator, sceneKeys, handledKeys, row, command, when);
    }
}
