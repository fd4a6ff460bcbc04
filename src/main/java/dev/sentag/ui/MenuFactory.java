package dev.sentag.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** Builds the menu bar; every item names its shortcut. */
final class MenuFactory {
    private MenuFactory() {
    }

    static MenuBar build(MainWindow w, TaggingViewModel tagging, ComparisonViewModel comparison, LibrarySwitcher libraries) {
        Menu file = new Menu("_File", null,
                item("_New library…", null, libraries::newLibrary),
                item("Open _library…", null, libraries::openLibrary),
                libraries.recentMenu(),
                new SeparatorMenuItem(),
                item("_Import…", "Shortcut+O", w::importDialog),
                item("Import _folder…", "Shortcut+Shift+O", w::importFolderDialog),
                item("S_witch annotator…", null, w::changeAnnotator),
                check("A_djudicate as gold", "Shortcut+Shift+G", comparison.adjudicatingProperty()),
                item("Accept all a_greed into gold", "Shortcut+Shift+A", comparison::acceptAllAgreed),
                item("_Paste article as new document…", "Shortcut+Shift+V", w::pasteArticle),
                item("_Export…", "Shortcut+E", w::exportDialog),
                new SeparatorMenuItem(),
                item("Article _details…", "Shortcut+I", () -> w.documentActions().details()),
                item("Re_name article…", "F2", () -> w.documentActions().rename()),
                item("_Delete article to trash", "Shortcut+Shift+Delete", () -> w.documentActions().delete()),
                new SeparatorMenuItem(),
                item("_Restore snapshot…", null, w::restoreSnapshot),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", w::quit));
        Menu edit = new Menu("_Edit", null,
                item("_Undo", "Shortcut+Z", tagging::undo),
                item("_Redo", "Shortcut+Shift+Z", tagging::redo),
                new SeparatorMenuItem(),
                item("_Clear tag    0", null, () -> tagging.tagCurrent(null)),
                item("Edit _note    Enter", null, w::editNote),
                new SeparatorMenuItem(),
                item("_Merge with next sentence", "Shortcut+M", w::mergeWithNext),
                item("_Split sentence…", "Shortcut+Shift+S", w::splitCurrent),
                new SeparatorMenuItem(),
                item("Pre_ferences…", "Shortcut+Comma", w::preferences));
        CheckMenuItem compare = check("_Compare annotators", "Shortcut+Shift+D", comparison.comparingProperty());
        compare.disableProperty().bind(comparison.adjudicatingProperty()); // adjudicating needs it on
        Menu view = new Menu("_View", null,
                check("_Auto-advance after tagging", null, tagging.autoAdvanceProperty()),
                compare,
                new SeparatorMenuItem(),
                item("Next _untagged sentence    N", null, tagging::nextUntagged),
                item("Next _disagreement    D", null, comparison::nextDisagreement),
                item("Next a_rticle    Page Down", null, w::nextDocument),
                item("_Previous article    Page Up", null, w::previousDocument),
                item("Re_load    F5", null, w::reload),
                item("A_greement…", "Shortcut+G", w::agreementDialog),
                item("_Find…", "Shortcut+F", () -> w.find().show()),
                item("Find ne_xt", "F3", () -> w.find().next()),
                item("Find pre_vious", "Shift+F3", () -> w.find().previous()),
                item("S_tatistics…", "Shortcut+Shift+T", w::statistics),
                new SeparatorMenuItem(),
                item("_Larger text", "Shortcut+Equals", () -> w.zoom(1)),
                item("_Smaller text", "Shortcut+Minus", () -> w.zoom(-1)),
                item("_Normal text size", "Shortcut+0", () -> w.zoom(0)));
        Menu help = new Menu("_Help", null,
                item("_Keyboard shortcuts    ?", null, w::showShortcuts),
                item("_About Sentag", null, w::about));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** The right-click menu of the library list: acts on the article the click opened. */
    static javafx.scene.control.ContextMenu libraryMenu(DocumentActions actions) {
        return new javafx.scene.control.ContextMenu(item("Details…", "Shortcut+I", actions::details),
                item("Rename…", "F2", actions::rename), item("Delete to trash", "Shortcut+Shift+Delete", actions::delete));
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
                item("Merge with next sentence", "Shortcut+M", w::mergeWithNext),
                item("Split sentence…", "Shortcut+Shift+S", w::splitCurrent),
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
