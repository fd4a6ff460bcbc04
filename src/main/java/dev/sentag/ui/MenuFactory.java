package dev.sentag.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * Builds the menu bar from the action registry ({@link Actions}), with each entry's icon and key, and the right-click
 * menus. A Ctrl shortcut is the item's accelerator; a single key (which the user may rebind, and which
 * {@link KeyDispatcher} runs) is written after the text and follows a rebinding at once.
 */
final class MenuFactory {
    private MenuFactory() {
    }

    static MenuBar build(MainWindow w, TaggingViewModel tagging, ComparisonViewModel comparison, LibrarySwitcher libraries) {
        ActionContext context = new ActionContext(w, tagging, comparison, libraries);
        MenuBar bar = new MenuBar();
        for (ActionSpec.MenuName name : ActionSpec.MenuName.values()) {
            Menu menu = new Menu(name.text);
            for (ActionSpec action : Actions.in(name)) {
                if (action.place().separatorBefore()) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                menu.getItems().add(item(action, context));
            }
            bar.getMenus().add(menu);
        }
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Puts the registry's further key combinations (Ctrl+Y, F5, Ctrl+plus …) on the scene as accelerators. */
    static void sceneAccelerators(javafx.scene.Scene scene, MainWindow w, TaggingViewModel tagging,
                                  ComparisonViewModel comparison, LibrarySwitcher libraries) {
        ActionContext context = new ActionContext(w, tagging, comparison, libraries);
        for (ActionSpec action : Actions.ALL) {
            if (action.command() instanceof ActionSpec.Run run) {
                for (String keys : action.sceneKeys()) {
                    Runnable handler = run.handler().apply(context);
                    scene.getAccelerators().put(KeyCombination.keyCombination(keys), handler);
                }
            }
        }
    }

    private static MenuItem item(ActionSpec action, ActionContext context) {
        MenuItem item;
        if (action.command() instanceof ActionSpec.Submenu submenu) {
            return submenu.menu().apply(context);
        } else if (action.command() instanceof ActionSpec.Toggle toggle) {
            item = check(action.text(), action.accelerator(), toggle.state().apply(context));
        } else if (action.command() instanceof ActionSpec.Run run) {
            item = item(action.text(), action.accelerator(), run.handler().apply(context));
        } else {
            throw new IllegalArgumentException("no menu item for the label keys: " + action.id());
        }
        if (action.rebindable()) {
            KeyBindings keys = context.window().keys();
            Runnable show = () -> hinted(item, keys.keyText(action.id()));
            show.run();
            // Held by the item, listened to weakly: the bindings are the user's and outlive this window.
            javafx.collections.MapChangeListener<String, javafx.scene.input.KeyCombination> follow = c -> show.run();
            item.getProperties().put(KeyBindings.class, follow);
            keys.chosen().addListener(new javafx.collections.WeakMapChangeListener<>(follow));
        }
        item.setGraphic(icon(action.icon()));
        if (action.disabledWhen() != null) {
            item.disableProperty().bind(action.disabledWhen().apply(context));
        }
        return item;
    }

    /** An Ikonli icon in the menus' and the ? overlay's colour (the theme's, see sentag.css), or null for none. */
    static org.kordamp.ikonli.javafx.FontIcon icon(org.kordamp.ikonli.Ikon code) {
        if (code == null) {
            return null;
        }
        var icon = new org.kordamp.ikonli.javafx.FontIcon(code);
        icon.getStyleClass().add("action-icon");
        return icon;
    }

    /** The right-click menu of the library list: acts on the article the click opened. */
    static javafx.scene.control.ContextMenu libraryMenu(DocumentActions actions, KeyBindings keys) {
        var menu = new javafx.scene.control.ContextMenu();
        // Made again each time it opens, so it names the keys as they are now (Preferences may rebind F2); it
        // needs items from the start, as an empty context menu does not open at all.
        Runnable fill = () -> menu.getItems().setAll(
                like(Actions.DETAILS, item("Details…", Actions.DETAILS.accelerator(), actions::details)),
                like(Actions.RENAME, hinted(item("Rename…", null, actions::rename), keys.keyText(Actions.RENAME.id()))),
                like(Actions.DELETE, item("Delete to trash", Actions.DELETE.accelerator(), actions::delete)));
        fill.run();
        menu.setOnShowing(e -> fill.run());
        return menu;
    }

    /** The right-click menu of a sentence in the article, made when it opens: the labels and keys as they are now. */
    static javafx.scene.control.ContextMenu sentenceMenu(MainWindow w, TaggingViewModel tagging) {
        var menu = new javafx.scene.control.ContextMenu();
        menu.getItems().setAll(sentenceItems(w, tagging)); // an empty context menu does not open at all
        menu.setOnShowing(e -> menu.getItems().setAll(sentenceItems(w, tagging)));
        return menu;
    }

    private static java.util.List<MenuItem> sentenceItems(MainWindow w, TaggingViewModel tagging) {
        var items = new java.util.ArrayList<MenuItem>();
        var labels = tagging.labelsProperty().get();
        if (labels != null) {
            for (var l : labels.labels()) {
                items.add(hinted(item("Tag as " + l.name(), null, () -> tagging.tagCurrent(l)), l.key()));
            }
        }
        KeyBindings keys = w.keys();
        items.addAll(java.util.List.of(like(Actions.CLEAR_TAG, hinted(item("Clear tag", null, () -> tagging.tagCurrent(null)),
                        keys.keyText(Actions.CLEAR_TAG.id()))),
                new SeparatorMenuItem(),
                like(Actions.MERGE, item("Merge with next sentence", Actions.MERGE.accelerator(), w::mergeWithNext)),
                like(Actions.SPLIT, item("Split sentence…", Actions.SPLIT.accelerator(), w::splitCurrent)),
                like(Actions.TOGGLE_EXCLUDED, hinted(item("Exclude / include (web residue)", null,
                        tagging::toggleExcludedCurrent), keys.keyText(Actions.TOGGLE_EXCLUDED.id()))),
                new SeparatorMenuItem(),
                like(Actions.EDIT_NOTE, hinted(item("Edit note…", null, w::editNote), keys.keyText(Actions.EDIT_NOTE.id())))));
        return items;
    }

    /** Shows {@code key} (none if null) in the item's accelerator column without binding it: see {@link KeyHint}. */
    private static MenuItem hinted(MenuItem item, String key) {
        item.setAccelerator(key == null ? null : new KeyHint(key));
        return item;
    }

    /** Gives a right-click item the icon of the registry entry it runs. */
    private static MenuItem like(ActionSpec action, MenuItem item) {
        item.setGraphic(icon(action.icon()));
        return item;
    }

    private static CheckMenuItem check(String text, String accelerator, javafx.beans.property.BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.selectedProperty().bindBidirectional(state);
        return item;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
