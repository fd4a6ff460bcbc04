package dev.sentag.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** Builds the menu bar from the action registry ({@link Actions}), and the right-click menus. */
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
            throw new IllegalArgumentException("no menu item for a key handled elsewhere: " + action.row());
        }
        if (action.disabledWhen() != null) {
            item.disableProperty().bind(action.disabledWhen().apply(context));
        }
        return item;
    }

    /** The right-click menu of the library list: acts on the article the click opened. */
    static javafx.scene.control.ContextMenu libraryMenu(DocumentActions actions) {
        return new javafx.scene.control.ContextMenu(item("Details…", Actions.DETAILS.accelerator(), actions::details),
                item("Rename…", Actions.RENAME.accelerator(), actions::rename),
                item("Delete to trash", Actions.DELETE.accelerator(), actions::delete));
    }

    /** The right-click menu of a sentence in the article. */
    static javafx.scene.control.ContextMenu sentenceMenu(MainWindow w, TaggingViewModel tagging) {
        var menu = new javafx.scene.control.ContextMenu();
        var labels = tagging.labelsProperty().get();
        if (labels != null) {
            for (var l : labels.labels()) {
                menu.getItems().add(item("Tag as " + l.name() + (l.key() == null ? "" : "    " + l.key()), null,
                        () -> tagging.tagCurrent(l)));
            }
        }
        menu.getItems().addAll(item("Clear tag    0", null, () -> tagging.tagCurrent(null)),
                new SeparatorMenuItem(),
                item("Merge with next sentence", Actions.MERGE.accelerator(), w::mergeWithNext),
                item("Split sentence…", Actions.SPLIT.accelerator(), w::splitCurrent),
                item("Exclude / include (web residue)    X", null, tagging::toggleExcludedCurrent),
                new SeparatorMenuItem(),
                item("Edit note…    Enter", null, w::editNote));
        return menu;
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
