package dev.sentag.ui;

import static dev.sentag.ui.ActionSpec.MenuName.EDIT;
import static dev.sentag.ui.ActionSpec.MenuName.FILE;
import static dev.sentag.ui.ActionSpec.MenuName.HELP;
import static dev.sentag.ui.ActionSpec.MenuName.VIEW;

import dev.sentag.ui.ActionSpec.Command;
import dev.sentag.ui.ActionSpec.MenuName;
import dev.sentag.ui.ActionSpec.Place;
import dev.sentag.ui.ActionSpec.Row;
import dev.sentag.ui.ActionSpec.Run;
import dev.sentag.ui.ActionSpec.Submenu;
import dev.sentag.ui.ActionSpec.Toggle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The action registry: every command of the main window, defined once. In the order of the keyboard table
 * (the ? overlay and README.md); menu items are placed by their {@link Place}. Single keys (J, L, F1, ? …) are
 * rebindable and dispatched by {@link KeyDispatcher}; Ctrl shortcuts are the menu items' accelerators.
 */
public final class Actions {
    static final ActionSpec NEXT_SENTENCE = keyOnly("NEXT_SENTENCE", "Next sentence", Material2AL.ARROW_DOWNWARD, "J",
            row("↓ or {}", "Next sentence"), c -> c.tagging()::next).withCompanions("Down");
    static final ActionSpec PREVIOUS_SENTENCE = keyOnly("PREVIOUS_SENTENCE", "Previous sentence",
            Material2AL.ARROW_UPWARD, "K", row("↑ or {}", "Previous sentence"), c -> c.tagging()::previous)
            .withCompanions("Up");
    static final ActionSpec DETAILS = item("DETAILS", "Article details", Material2AL.INFO, at(FILE, 110, true),
            "Article _details…", "Shortcut+I", row("Ctrl+I", "Article details: source, URL, date, import time, metadata"),
            c -> () -> c.window().documentActions().details());
    static final ActionSpec RENAME = item("RENAME", "Rename the article", Material2MZ.TITLE, at(FILE, 120, false),
            "Re_name article…", "F2", row("{}", "Rename the article"), c -> () -> c.window().documentActions().rename());
    static final ActionSpec DELETE = item("DELETE", "Delete the article to the trash", Material2AL.DELETE,
            at(FILE, 130, false), "_Delete article to trash", "Shortcut+Shift+Delete",
            row("Ctrl+Shift+Delete", "Delete the article to the trash with everyone's tags (Ctrl+Z brings it back)"),
            c -> () -> c.window().documentActions().delete());
    static final ActionSpec MERGE = item("MERGE", "Merge with the next sentence", Material2AL.CALL_MERGE,
            at(EDIT, 50, true), "_Merge with next sentence", "Shortcut+M",
            row("Ctrl+M", "Merge the sentence with the next one"), c -> c.window()::mergeWithNext);
    static final ActionSpec SPLIT = item("SPLIT", "Split the sentence", Material2AL.CALL_SPLIT, at(EDIT, 60, false),
            "_Split sentence…", "Shortcut+Shift+S",
            row("Ctrl+Shift+S", "Split the sentence: put the caret where the second part begins, press Enter"),
            c -> c.window()::splitCurrent);
    static final ActionSpec CLEAR_TAG = item("CLEAR_TAG", "Clear the tag", Material2AL.CLEAR, at(EDIT, 30, true),
            "_Clear tag", "0", row("{} or Backspace", "Clear the tag"), c -> () -> c.tagging().tagCurrent(null))
            .withCompanions("Numpad 0", "Backspace", "Delete");
    static final ActionSpec TOGGLE_EXCLUDED = keyOnly("TOGGLE_EXCLUDED", "Exclude or include the sentence (web residue)",
            Material2AL.BLOCK, "X", row("{}", "Exclude or include the sentence (web residue)"),
            c -> c.tagging()::toggleExcludedCurrent);
    static final ActionSpec EDIT_NOTE = item("EDIT_NOTE", "Edit the note", Material2MZ.NOTE_ADD, at(EDIT, 40, false),
            "Edit _note", "Enter", row("{}", "Edit the note (Enter saves, Esc returns)"), c -> c.window()::editNote);
    static final ActionSpec SHOW_SHORTCUTS = item("SHOW_SHORTCUTS", "Show all shortcuts", Material2AL.KEYBOARD,
            at(HELP, 10, false), "_Keyboard shortcuts", "?", row("{}", "Show all shortcuts"),
            c -> c.window()::showShortcuts);

    static final List<ActionSpec> ALL = List.of(
            NEXT_SENTENCE,
            PREVIOUS_SENTENCE,
            new ActionSpec("TAG_WITH_LABEL", "Tag with a label", Material2AL.LABEL, null, null, null, List.of(), List.of(),
                    row("1, 2, 3 …", "Tag with that label, then move on (switch off in View → Auto-advance)"),
                    new ActionSpec.LabelKeys(), null),
            CLEAR_TAG,
            item("NEXT_UNTAGGED", "Next untagged sentence", Material2AL.FAST_FORWARD, at(VIEW, 30, true),
                    "Next _untagged sentence", "N",
                    row("{}", "Next untagged sentence (or unsure, with View → N visits unsure sentences)"),
                    c -> () -> Actions.nextUntagged(c)),
            item("NEXT_DISAGREEMENT", "Next sentence where annotators differ", Material2AL.COMPARE_ARROWS,
                    at(VIEW, 40, false), "Next _disagreement", "D",
                    row("{}", "Next sentence where annotators' labels, links or speakers differ (turns the comparison on)"),
                    c -> c.comparison()::nextDisagreement),
            keyOnly("UNSURE", "Mark the tag unsure, or sure again", Material2AL.HELP_OUTLINE, "U",
                    row("{}", "Mark your tag unsure, or sure again"), c -> () -> codebook(c, CodebookWiring::toggleUnsure)),
            keyOnly("LINK", "Link the sentence to another", Material2AL.LINK, "L",
                    row("{}", "Link this sentence to another: move there (J/K, click, or type its number; a link type's "
                            + "key picks the type), Enter links, Esc cancels"), c -> () -> links(c, LinkKeys::link)),
            keyOnly("LINK_LIST", "Go to the link list", Material2AL.LIST, "Shift+L",
                    row("{}", "Go to the link list: J/K move, Enter jumps to the other end, Delete removes, "
                            + "A accepts another annotator's link, Esc returns"), c -> () -> links(c, LinkKeys::linkList)),
            keyOnly("SPEAKER", "Set the speaker", Material2MZ.RECORD_VOICE_OVER, "S",
                    row("{}", "Set the speaker (offers the sentence's, the last one set, or the one the text names); "
                            + "Enter saves, so S then Enter repeats the last speaker"), c -> () -> links(c, LinkKeys::speaker)),
            toggle("COMPARE", "Compare annotators", Material2AL.COMPARE, at(VIEW, 20, false), "_Compare annotators",
                    "Shortcut+Shift+D",
                    row("Ctrl+Shift+D", "Compare annotators: show or hide the others' labels, notes, links and speakers"),
                    c -> c.comparison().comparingProperty())
                    .disabledWhen(c -> c.comparison().adjudicatingProperty()), // adjudicating needs it on
            toggle("ADJUDICATE", "Adjudicate as gold", Material2AL.GAVEL, at(FILE, 70, false), "A_djudicate as gold",
                    "Shortcut+Shift+G", row("Ctrl+Shift+G", "Adjudicate as gold: label keys write the gold tag, or stop"),
                    c -> c.comparison().adjudicatingProperty()),
            keyOnly("ACCEPT_MAJORITY", "Adjudicating: accept the majority label", Material2AL.CHECK, "A",
                    row("{}", "Adjudicating: accept the majority label, go to the next disagreement"),
                    c -> c.comparison()::acceptMajority),
            item("ACCEPT_AGREED", "Accept all agreed into gold", Material2AL.DONE_ALL, at(FILE, 80, false),
                    "Accept all a_greed into gold", "Shortcut+Shift+A",
                    row("Ctrl+Shift+A", "Adjudicating: accept every sentence all annotators agree on into gold (one undo)"),
                    c -> c.comparison()::acceptAllAgreed),
            TOGGLE_EXCLUDED,
            item("NEXT_ARTICLE", "Next article", Material2MZ.SKIP_NEXT, at(VIEW, 50, false), "Next a_rticle", "Page Down",
                    new Row("{} / {}", "Next / previous article", List.of("NEXT_ARTICLE", "PREVIOUS_ARTICLE")),
                    c -> c.window()::nextDocument),
            item("PREVIOUS_ARTICLE", "Previous article", Material2MZ.SKIP_PREVIOUS, at(VIEW, 60, false),
                    "_Previous article", "Page Up", null, c -> c.window()::previousDocument),
            item("RELOAD", "Reload", Material2MZ.REFRESH, at(VIEW, 70, false), "Re_load", "F5",
                    row("{}", "Reload: show what another window or the command line changed"), c -> c.window()::reload),
            EDIT_NOTE,
            MERGE,
            SPLIT,
            item("UNDO", "Undo", Material2MZ.UNDO, at(EDIT, 10, false), "_Undo", "Shortcut+Z",
                    row("Ctrl+Z", "Undo tags, links, speakers, merges, splits, deletions and codebook renames/merges "
                            + "(also after a restart: the history is in the database)"), c -> c.tagging()::undo),
            item("REDO", "Redo", Material2MZ.REDO, at(EDIT, 20, false), "_Redo", "Shortcut+Shift+Z",
                    row("Ctrl+Shift+Z or Ctrl+Y", "Redo"), c -> c.tagging()::redo).withSceneKeys("Shortcut+Y"),
            item("IMPORT", "Import articles", Material2AL.FILE_UPLOAD, at(FILE, 40, true), "_Import…", "Shortcut+O",
                    row("Ctrl+O", "Import articles"), c -> c.window()::importDialog),
            item("IMPORT_FOLDER", "Import a folder", Material2AL.FOLDER_OPEN, at(FILE, 50, false), "Import _folder…",
                    "Shortcut+Shift+O", row("Ctrl+Shift+O", "Import a folder (recursively, with progress and Cancel)"),
                    c -> c.window()::importFolderDialog),
            item("PASTE_ARTICLE", "Paste an article", Material2AL.CONTENT_PASTE, at(FILE, 90, false),
                    "_Paste article as new document…", "Shortcut+Shift+V",
                    row("Ctrl+Shift+V", "Paste an article as a new document (asks for a title)"),
                    c -> c.window()::pasteArticle),
            item("EXPORT", "Export", Material2MZ.SAVE_ALT, at(FILE, 100, false), "_Export…", "Shortcut+E",
                    row("Ctrl+E", "Export…"), c -> c.window()::exportDialog),
            DETAILS,
            RENAME,
            DELETE,
            item("AGREEMENT", "Agreement between annotators", Material2AL.INSERT_CHART, at(VIEW, 80, false),
                    "A_greement…", "Shortcut+G",
                    row("Ctrl+G", "Agreement between annotators (figures and confusion heat map)"),
                    c -> c.window()::agreementDialog),
            item("FIND", "Find in all articles", Material2MZ.SEARCH, at(VIEW, 90, false), "_Find…", "Shortcut+F",
                    row("Ctrl+F", "Find in all articles: words and filters; Enter opens the sentence, Esc closes"),
                    c -> () -> c.window().find().show()),
            item("FIND_NEXT", "Next sentence found", Material2AL.ARROW_FORWARD, at(VIEW, 100, false), "Find ne_xt", "F3",
                    new Row("{} / {}", "Next / previous sentence found", List.of("FIND_NEXT", "FIND_PREVIOUS")),
                    c -> () -> c.window().find().next()),
            item("FIND_PREVIOUS", "Previous sentence found", Material2AL.ARROW_BACK, at(VIEW, 110, false),
                    "Find pre_vious", "Shift+F3", null, c -> () -> c.window().find().previous()),
            item("STATISTICS", "Statistics", Material2AL.BAR_CHART, at(VIEW, 120, false), "S_tatistics…",
                    "Shortcut+Shift+T",
                    row("Ctrl+Shift+T", "Statistics: labels, progress, pace and disputed sentences as charts"),
                    c -> c.window()::statistics),
            item("GUIDELINES", "Guidelines", Material2MZ.MENU_BOOK, at(VIEW, 160, true), "_Guidelines (codebook)", "F1",
                    row("{}", "Guidelines: the codebook beside the sidebar, at the sentence's label"),
                    c -> () -> codebook(c, CodebookWiring::toggleGuidelines)),
            item("CODEBOOK", "Codebook", Material2AL.LIBRARY_BOOKS, at(EDIT, 80, true), "C_odebook…", "Shortcut+Shift+K",
                    row("Ctrl+Shift+K", "Codebook: add, rename, reorder, recolour, describe, merge, retire labels"),
                    c -> () -> codebook(c, CodebookWiring::openDialog)),
            item("LARGER_TEXT", "Larger text", Material2MZ.ZOOM_IN, at(VIEW, 130, true), "_Larger text", "Shortcut+Equals",
                    row("Ctrl+plus / Ctrl+minus / Ctrl+0", "Larger / smaller / normal text"), c -> () -> c.window().zoom(1))
                    .withSceneKeys("Shortcut+Add", "Shortcut+Plus"),
            item("SMALLER_TEXT", "Smaller text", Material2MZ.ZOOM_OUT, at(VIEW, 140, false), "_Smaller text",
                    "Shortcut+Minus", null, c -> () -> c.window().zoom(-1)).withSceneKeys("Shortcut+Subtract"),
            item("NORMAL_TEXT", "Normal text size", Material2AL.FORMAT_SIZE, at(VIEW, 150, false), "_Normal text size",
                    "Shortcut+0", null, c -> () -> c.window().zoom(0)),
            item("PREFERENCES", "Preferences", Material2MZ.SETTINGS, at(EDIT, 70, true), "Pre_ferences…", "Shortcut+Comma",
                    row("Ctrl+,", "Preferences: theme, text size, reading column, keys (click a key to rebind it)"),
                    c -> c.window()::preferences),
            SHOW_SHORTCUTS,
            item("QUIT", "Quit", Material2AL.EXIT_TO_APP, at(FILE, 150, true), "_Quit", "Shortcut+Q", row("Ctrl+Q", "Quit"),
                    c -> c.window()::quit),
            // Menu items without a key and without a row in the keyboard table.
            item("NEW_LIBRARY", "New library", Material2AL.CREATE_NEW_FOLDER, at(FILE, 10, false), "_New library…", null,
                    null, c -> c.libraries()::newLibrary),
            item("OPEN_LIBRARY", "Open library", Material2AL.FOLDER, at(FILE, 20, false), "Open _library…", null, null,
                    c -> c.libraries()::openLibrary),
            item("OPEN_TEAM_LIBRARY", "Open a team library (PostgreSQL)", Material2AL.GROUP, at(FILE, 25, false),
                    "Open _team library…", null, null, c -> c.libraries()::openTeamLibrary),
            new ActionSpec("OPEN_RECENT", "Open a recent library", Material2AL.HISTORY, "Open _recent", at(FILE, 30, false),
                    null, List.of(), List.of(), null, new Submenu(c -> c.libraries().recentMenu()), null),
            item("SWITCH_ANNOTATOR", "Switch annotator", Material2MZ.PERSON, at(FILE, 60, false), "S_witch annotator…",
                    null, null, c -> c.window()::changeAnnotator),
            item("RESTORE_SNAPSHOT", "Restore a snapshot", Material2MZ.RESTORE, at(FILE, 140, true), "_Restore snapshot…",
                    null, null, c -> c.window()::restoreSnapshot),
            toggle("AUTO_ADVANCE", "Auto-advance after tagging", Material2MZ.PLAYLIST_ADD_CHECK, at(VIEW, 10, false),
                    "_Auto-advance after tagging", null, null, c -> c.tagging().autoAdvanceProperty()),
            item("ABOUT", "About Sentag", Material2AL.INFO, at(HELP, 20, false), "_About Sentag", null, null,
                    c -> c.window()::about));

    private Actions() {
    }

    /** The accelerators the registry puts on menu items (tests compare them with the window's menus). */
    public static java.util.Set<javafx.scene.input.KeyCombination> menuAccelerators() {
        return ALL.stream().filter(a -> a.place() != null && a.accelerator() != null)
                .map(a -> javafx.scene.input.KeyCombination.keyCombination(a.accelerator()))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The ids of all entries, in the registry's order (tests walk them). */
    public static List<String> ids() {
        return ALL.stream().map(ActionSpec::id).toList();
    }

    /** The default key of the entry {@code id} (a Ctrl shortcut, or a single key the user may rebind), if it has one. */
    public static Optional<javafx.scene.input.KeyCombination> defaultKey(String id) {
        return byId(id).map(ActionSpec::key).map(javafx.scene.input.KeyCombination::keyCombination);
    }

    /** The entry called {@code id}. */
    static Optional<ActionSpec> byId(String id) {
        return ALL.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The entries whose key the user may rebind (Edit → Preferences…), in the registry's order. */
    static List<ActionSpec> rebindable() {
        return ALL.stream().filter(ActionSpec::rebindable).toList();
    }

    /** The entries with a menu item in {@code menu}, in menu order. */
    static List<ActionSpec> in(MenuName menu) {
        return ALL.stream().filter(a -> a.place() != null && a.place().menu() == menu)
                .sorted(java.util.Comparator.comparingInt(a -> a.place().position())).toList();
    }

    /** N: the next untagged sentence, or the next unsure one when View → "N visits unsure sentences" is on. */
    private static void nextUntagged(ActionContext c) {
        CodebookWiring codebook = c.window().codebookUi();
        if (codebook == null || !codebook.nextUnsure()) {
            c.window().nextUntagged();
        }
    }

    private static void codebook(ActionContext c, Consumer<CodebookWiring> action) {
        Optional.ofNullable(c.window().codebookUi()).ifPresent(action);
    }

    private static void links(ActionContext c, Consumer<LinkKeys> action) {
        Optional.ofNullable(c.window().links()).ifPresent(action);
    }

    private static Place at(MenuName menu, int position, boolean separatorBefore) {
        return new Place(menu, position, separatorBefore);
    }

    /** A row whose {@code {}} (if any) is the entry's own key. */
    private static Row row(String keys, String action) {
        return new Row(keys, action, List.of());
    }

    private static ActionSpec item(String id, String name, Ikon icon, Place place, String text, String key, Row row,
                                   Function<ActionContext, Runnable> handler) {
        return spec(id, name, icon, place, text, key, row, new Run(handler));
    }

    private static ActionSpec toggle(String id, String name, Ikon icon, Place place, String text, String key, Row row,
                                     Function<ActionContext, javafx.beans.property.BooleanProperty> state) {
        return spec(id, name, icon, place, text, key, row, new Toggle(state));
    }

    private static ActionSpec keyOnly(String id, String name, Ikon icon, String key, Row row,
                                      Function<ActionContext, Runnable> handler) {
        return spec(id, name, icon, null, null, key, row, new Run(handler));
    }

    private static ActionSpec spec(String id, String name, Ikon icon, Place place, String text, String key, Row row,
                                   Command command) {
        Row own = row != null && row.bound().isEmpty() && row.keys().contains("{}")
                ? new Row(row.keys(), row.action(), List.of(id)) : row;
        return new ActionSpec(id, name, icon, text, place, key, List.of(), List.of(), own, command, null);
    }
}
