package dev.sentag.ui;

import static dev.sentag.ui.ActionSpec.MenuName.EDIT;
import static dev.sentag.ui.ActionSpec.MenuName.FILE;
import static dev.sentag.ui.ActionSpec.MenuName.HELP;
import static dev.sentag.ui.ActionSpec.MenuName.VIEW;

import dev.sentag.ui.ActionSpec.Command;
import dev.sentag.ui.ActionSpec.HandledElsewhere;
import dev.sentag.ui.ActionSpec.MenuName;
import dev.sentag.ui.ActionSpec.Place;
import dev.sentag.ui.ActionSpec.Row;
import dev.sentag.ui.ActionSpec.Run;
import dev.sentag.ui.ActionSpec.Submenu;
import dev.sentag.ui.ActionSpec.Toggle;
import java.util.List;
import java.util.function.Function;

/**
 * The action registry: every command of the main window, defined once. In the order of the keyboard table
 * (the ? overlay and README.md); menu items are placed by their {@link Place}. Key-only entries are keys that
 * another handler looks at (KeyboardController, LinkKeys, CodebookWiring); they have a row but no menu item.
 */
public final class Actions {
    static final ActionSpec DETAILS = item(at(FILE, 110, true), "Article _details…", "Shortcut+I",
            row("Ctrl+I", "Article details: source, URL, date, import time, metadata"),
            c -> () -> c.window().documentActions().details());
    static final ActionSpec RENAME = item(at(FILE, 120, false), "Re_name article…", "F2",
            row("F2", "Rename the article"), c -> () -> c.window().documentActions().rename());
    static final ActionSpec DELETE = item(at(FILE, 130, false), "_Delete article to trash", "Shortcut+Shift+Delete",
            row("Ctrl+Shift+Delete", "Delete the article to the trash with everyone's tags (Ctrl+Z brings it back)"),
            c -> () -> c.window().documentActions().delete());
    static final ActionSpec MERGE = item(at(EDIT, 50, true), "_Merge with next sentence", "Shortcut+M",
            row("Ctrl+M", "Merge the sentence with the next one"), c -> c.window()::mergeWithNext);
    static final ActionSpec SPLIT = item(at(EDIT, 60, false), "_Split sentence…", "Shortcut+Shift+S",
            row("Ctrl+Shift+S", "Split the sentence: put the caret where the second part begins, press Enter"),
            c -> c.window()::splitCurrent);
    /** Edit → Codebook…: CodebookWiring adds the item (after the registry's Edit items) and opens the dialog. */
    static final ActionSpec CODEBOOK = new ActionSpec("C_odebook…", null, "Shortcut+Shift+K", List.of(), List.of(),
            row("Ctrl+Shift+K", "Codebook: add, rename, reorder, recolour, describe, merge, retire labels"),
            new HandledElsewhere("CodebookWiring"), null);

    static final List<ActionSpec> ALL = List.of(
            keyOnly(row("↓ or J", "Next sentence", KeyAction.NEXT_SENTENCE), "KeyboardController", "J", "Down"),
            keyOnly(row("↑ or K", "Previous sentence", KeyAction.PREVIOUS_SENTENCE), "KeyboardController", "K", "Up"),
            keyOnly(row("1, 2, 3 …", "Tag with that label, then move on (switch off in View → Auto-advance)"),
                    "KeyboardController", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            item(at(EDIT, 30, true), "_Clear tag    0", null, row("0 or Backspace", "Clear the tag", KeyAction.CLEAR_TAG),
                    c -> () -> c.tagging().tagCurrent(null)).withHandledKeys("0", "Backspace", "Delete"),
            item(at(VIEW, 30, true), "Next _untagged sentence    N", null,
                    row("N", "Next untagged sentence (or unsure, with View → N visits unsure sentences)",
                            KeyAction.NEXT_UNTAGGED), c -> c.tagging()::nextUntagged).withHandledKeys("N"),
            item(at(VIEW, 40, false), "Next _disagreement    D", null,
                    row("D", "Next sentence where annotators' labels, links or speakers differ (turns the comparison on)",
                            KeyAction.NEXT_DISAGREEMENT), c -> c.comparison()::nextDisagreement).withHandledKeys("D"),
            keyOnly(row("U", "Mark your tag unsure, or sure again"), "CodebookWiring", "U"),
            keyOnly(row("L", "Link this sentence to another: move there (J/K, click, or type its number; a link type's "
                    + "key picks the type), Enter links, Esc cancels"), "LinkKeys", "L"),
            keyOnly(row("Shift+L", "Go to the link list: J/K move, Enter jumps to the other end, Delete removes, "
                    + "A accepts another annotator's link, Esc returns"), "LinkKeys", "Shift+L"),
            keyOnly(row("S", "Set the speaker (offers the sentence's, the last one set, or the one the text names); "
                    + "Enter saves, so S then Enter repeats the last speaker"), "LinkingUi", "S"),
            toggle(at(VIEW, 20, false), "_Compare annotators", "Shortcut+Shift+D",
                    row("Ctrl+Shift+D", "Compare annotators: show or hide the others' labels, notes, links and speakers"),
                    c -> c.comparison().comparingProperty())
                    .disabledWhen(c -> c.comparison().adjudicatingProperty()), // adjudicating needs it on
            toggle(at(FILE, 70, false), "A_djudicate as gold", "Shortcut+Shift+G",
                    row("Ctrl+Shift+G", "Adjudicate as gold: label keys write the gold tag, or stop"),
                    c -> c.comparison().adjudicatingProperty()),
            keyOnly(row("A", "Adjudicating: accept the majority label, go to the next disagreement",
                    KeyAction.ACCEPT_MAJORITY), "KeyboardController", "A"),
            item(at(FILE, 80, false), "Accept all a_greed into gold", "Shortcut+Shift+A",
                    row("Ctrl+Shift+A", "Adjudicating: accept every sentence all annotators agree on into gold (one undo)"),
                    c -> c.comparison()::acceptAllAgreed),
            keyOnly(row("X", "Exclude or include the sentence (web residue)", KeyAction.TOGGLE_EXCLUDED),
                    "KeyboardController", "X"),
            item(at(VIEW, 50, false), "Next a_rticle    Page Down", null,
                    row("Page Down / Page Up", "Next / previous article"), c -> c.window()::nextDocument)
                    .withHandledKeys("Page Down"),
            item(at(VIEW, 60, false), "_Previous article    Page Up", null, null, c -> c.window()::previousDocument)
                    .withHandledKeys("Page Up"),
            item(at(VIEW, 70, false), "Re_load    F5", null,
                    row("F5", "Reload: show what another window or the command line changed"), c -> c.window()::reload)
                    .withSceneKeys("F5"),
            item(at(EDIT, 40, false), "Edit _note    Enter", null,
                    row("Enter", "Edit the note (Enter saves, Esc returns)", KeyAction.EDIT_NOTE), c -> c.window()::editNote)
                    .withHandledKeys("Enter"),
            MERGE,
            SPLIT,
            item(at(EDIT, 10, false), "_Undo", "Shortcut+Z",
                    row("Ctrl+Z", "Undo tags, links, speakers, merges, splits, deletions and codebook renames/merges "
                            + "(also after a restart: the history is in the database)"), c -> c.tagging()::undo),
            item(at(EDIT, 20, false), "_Redo", "Shortcut+Shift+Z", row("Ctrl+Shift+Z or Ctrl+Y", "Redo"),
                    c -> c.tagging()::redo).withSceneKeys("Shortcut+Y"),
            item(at(FILE, 40, true), "_Import…", "Shortcut+O", row("Ctrl+O", "Import articles"), c -> c.window()::importDialog),
            item(at(FILE, 50, false), "Import _folder…", "Shortcut+Shift+O",
                    row("Ctrl+Shift+O", "Import a folder (recursively, with progress and Cancel)"),
                    c -> c.window()::importFolderDialog),
            item(at(FILE, 90, false), "_Paste article as new document…", "Shortcut+Shift+V",
                    row("Ctrl+Shift+V", "Paste an article as a new document (asks for a title)"),
                    c -> c.window()::pasteArticle),
            item(at(FILE, 100, false), "_Export…", "Shortcut+E", row("Ctrl+E", "Export…"), c -> c.window()::exportDialog),
            DETAILS,
            RENAME,
            DELETE,
            item(at(VIEW, 80, false), "A_greement…", "Shortcut+G",
                    row("Ctrl+G", "Agreement between annotators (figures and confusion heat map)"),
                    c -> c.window()::agreementDialog),
            item(at(VIEW, 90, false), "_Find…", "Shortcut+F",
                    row("Ctrl+F", "Find in all articles: words and filters; Enter opens the sentence, Esc closes"),
                    c -> () -> c.window().find().show()),
            item(at(VIEW, 100, false), "Find ne_xt", "F3", row("F3 / Shift+F3", "Next / previous sentence found"),
                    c -> () -> c.window().find().next()),
            item(at(VIEW, 110, false), "Find pre_vious", "Shift+F3", null, c -> () -> c.window().find().previous()),
            item(at(VIEW, 120, false), "S_tatistics…", "Shortcut+Shift+T",
                    row("Ctrl+Shift+T", "Statistics: labels, progress, pace and disputed sentences as charts"),
                    c -> c.window()::statistics),
            keyOnly(row("F1", "Guidelines: the codebook beside the sidebar, at the sentence's label"),
                    "CodebookWiring", "F1"),
            CODEBOOK,
            item(at(VIEW, 130, true), "_Larger text", "Shortcut+Equals",
                    row("Ctrl+plus / Ctrl+minus / Ctrl+0", "Larger / smaller / normal text"), c -> () -> c.window().zoom(1))
                    .withSceneKeys("Shortcut+Add", "Shortcut+Plus"),
            item(at(VIEW, 140, false), "_Smaller text", "Shortcut+Minus", null, c -> () -> c.window().zoom(-1))
                    .withSceneKeys("Shortcut+Subtract"),
            item(at(VIEW, 150, false), "_Normal text size", "Shortcut+0", null, c -> () -> c.window().zoom(0)),
            item(at(EDIT, 70, true), "Pre_ferences…", "Shortcut+Comma",
                    row("Ctrl+,", "Preferences: theme, text size, reading column, keys (click a key to rebind it)"),
                    c -> c.window()::preferences),
            item(at(HELP, 10, false), "_Keyboard shortcuts    ?", null, row("?", "Show all shortcuts"),
                    c -> c.window()::showShortcuts),
            item(at(FILE, 150, true), "_Quit", "Shortcut+Q", row("Ctrl+Q", "Quit"), c -> c.window()::quit),
            // Menu items without a key and without a row in the keyboard table.
            item(at(FILE, 10, false), "_New library…", null, null, c -> c.libraries()::newLibrary),
            item(at(FILE, 20, false), "Open _library…", null, null, c -> c.libraries()::openLibrary),
            item(at(FILE, 25, false), "Open _team library…", null, null, c -> c.libraries()::openTeamLibrary),
            new ActionSpec("Open _recent", at(FILE, 30, false), null, List.of(), List.of(), null,
                    new Submenu(c -> c.libraries().recentMenu()), null),
            item(at(FILE, 60, false), "S_witch annotator…", null, null, c -> c.window()::changeAnnotator),
            item(at(FILE, 140, true), "_Restore snapshot…", null, null, c -> c.window()::restoreSnapshot),
            toggle(at(VIEW, 10, false), "_Auto-advance after tagging", null, null, c -> c.tagging().autoAdvanceProperty()),
            item(at(HELP, 20, false), "_About Sentag", null, null, c -> c.window()::about));

    private Actions() {
    }

    /** The accelerators the registry puts on menu items (tests compare them with the window's menus). */
    public static java.util.Set<javafx.scene.input.KeyCombination> menuAccelerators() {
        return ALL.stream().filter(a -> a.accelerator() != null)
                .map(a -> javafx.scene.input.KeyCombination.keyCombination(a.accelerator()))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The entries with a menu item in {@code menu}, in menu order. */
    static List<ActionSpec> in(MenuName menu) {
        return ALL.stream().filter(a -> a.place() != null && a.place().menu() == menu)
                .sorted(java.util.Comparator.comparingInt(a -> a.place().position())).toList();
    }

    private static Place at(MenuName menu, int position, boolean separatorBefore) {
        return new Place(menu, position, separatorBefore);
    }

    private static Row row(String keys, String action) {
        return new Row(keys, action, null);
    }

    private static Row row(String keys, String action, KeyAction bound) {
        return new Row(keys, action, bound);
    }

    private static ActionSpec item(Place place, String text, String accelerator, Row row,
                                   Function<ActionContext, Runnable> handler) {
        return spec(place, text, accelerator, row, new Run(handler));
    }

    private static ActionSpec toggle(Place place, String text, String accelerator, Row row,
                                     Function<ActionContext, javafx.beans.property.BooleanProperty> state) {
        return spec(place, text, accelerator, row, new Toggle(state));
    }

    private static ActionSpec keyOnly(Row row, String handledBy, String... keys) {
        return new ActionSpec(null, null, null, List.of(), List.of(keys), row, new HandledElsewhere(handledBy), null);
    }

    private static ActionSpec spec(Place place, String text, String accelerator, Row row, Command command) {
        return new ActionSpec(text, place, accelerator, List.of(), List.of(), row, command, null);
    }
}
