package dev.sentag.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One command of the window, defined once in {@link Actions}: its name, icon, menu text and place, its key, its row
 * in the keyboard table, what it does and when it is disabled. Menus, accelerators, the single-key dispatcher
 * ({@link KeyDispatcher}), the ? overlay, the key bindings of Edit → Preferences… and the README's keyboard table are
 * all made from these.
 *
 * @param id          a stable name (the preferences file keeps rebound keys under it)
 * @param name        what it does, in a few words (Preferences and conflict messages use it)
 * @param icon        an Ikonli icon for the menu item and the ? overlay, or null
 * @param text        the menu item's text (with its mnemonic); null for a key-only entry
 * @param place       where the item sits in the menu bar; null for a key-only entry
 * @param key         the default key (KeyCombination syntax): a Ctrl shortcut is the menu item's fixed accelerator,
 *                    any other key is {@link #rebindable()} and dispatched by {@link KeyDispatcher}; or null
 * @param sceneKeys   further Ctrl shortcuts put on the scene as accelerators for the same handler (Ctrl+Y …)
 * @param companions  fixed keys that always do the same, whatever the chosen key (arrows, Backspace …)
 * @param row         the entry's row in the keyboard table, or null when it has none
 * @param command     what it does
 * @param disabledWhen when it is disabled (menu item greyed, key ignored), or null (always enabled)
 */
record ActionSpec(String id, String name, Ikon icon, String text, Place place, String key, List<String> sceneKeys,
                  List<String> companions, Row row, Command command,
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

    /**
     * A row of the keyboard table: the keys as the user reads them, and what they do. Each {@code {}} in
     * {@code keys} stands for the current key of the action named at that position in {@code bound}.
     */
    record Row(String keys, String action, List<String> bound) {
        /** The keys as shown, with {@code keyOf} giving each bound action's key. */
        String keys(Function<String, String> keyOf) {
            StringBuilder out = new StringBuilder();
            int from = 0;
            for (String id : bound) {
                int at = keys.indexOf("{}", from);
                out.append(keys, from, at).append(keyOf.apply(id));
                from = at + 2;
            }
            return out.append(keys.substring(from)).toString();
        }
    }

    /** What an entry does. */
    sealed interface Command permits Run, Toggle, Submenu, LabelKeys {
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

    /** The label keys 1, 2, 3 …: the codebook names them, {@link KeyDispatcher} tags with them. */
    record LabelKeys() implements Command {
    }

    /** True for a key the user may rebind: any key but a Ctrl (or Alt, Meta) shortcut, which is a menu accelerator. */
    boolean rebindable() {
        if (key == null) {
            return false;
        }
        KeyCombination k = KeyCombination.keyCombination(key);
        return k.getShortcut() == KeyCombination.ModifierValue.UP && k.getControl() == KeyCombination.ModifierValue.UP
                && k.getAlt() == KeyCombination.ModifierValue.UP && k.getMeta() == KeyCombination.ModifierValue.UP;
    }

    /** The fixed accelerator of the menu item: the key when it is a Ctrl shortcut, else null. */
    String accelerator() {
        return key != null && !rebindable() ? key : null;
    }

    /** Every default key combination of the entry: its key, then the scene's and the companions. */
    List<String> allKeys() {
        var all = new java.util.ArrayList<String>();
        if (key != null) {
            all.add(key);
        }
        all.addAll(sceneKeys);
        all.addAll(companions);
        return all;
    }

    ActionSpec withSceneKeys(String... keys) {
        return new ActionSpec(id, name, icon, text, place, key, List.of(keys), companions, row, command, disabledWhen);
    }

    ActionSpec withCompanions(String... keys) {
        return new ActionSpec(id, name, icon, text, place, key, sceneKeys, List.of(keys), row, command, disabledWhen);
    }

    ActionSpec disabledWhen(Function<ActionContext, ObservableBooleanValue> when) {
        return new ActionSpec(id, name, icon, text, place, key, sceneKeys, companions, row, command, when);
    }
}
