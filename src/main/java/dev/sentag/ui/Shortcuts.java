package dev.sentag.ui;

import java.util.List;

/** The keyboard table: one list shown by the ? overlay, Help → Keyboard shortcuts and the README. */
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

    static final List<Shortcut> ALL = List.of(
            new Shortcut("↓ or J", "Next sentence",
                    KeyAction.NEXT_SENTENCE),
            new Shortcut("↑ or K", "Previous sentence",
                    KeyAction.PREVIOUS_SENTENCE),
            new Shortcut("1, 2, 3 …", "Tag with that label, then move on (switch off in View → Auto-advance)"),
            new Shortcut("0 or Backspace", "Clear the tag",
                    KeyAction.CLEAR_TAG),
            new Shortcut("N", "Next untagged sentence (or unsure, with View → N visits unsure sentences)",
                    KeyAction.NEXT_UNTAGGED),
            new Shortcut("D", "Next sentence where annotators' labels, links or speakers differ (turns the comparison on)",
                    KeyAction.NEXT_DISAGREEMENT),
            new Shortcut("U", "Mark your tag unsure, or sure again"),
            new Shortcut("L", "Link this sentence to another: move there (J/K, click, or type its number; a link type's key picks the type), Enter links, Esc cancels"),
            new Shortcut("Shift+L", "Go to the link list: J/K move, Enter jumps to the other end, Delete removes, A accepts another annotator's link, Esc returns"),
            new Shortcut("S", "Set the speaker (offers the sentence's, the last one set, or the one the text names); Enter saves, so S then Enter repeats the last speaker"),
            new Shortcut("Ctrl+Shift+D", "Compare annotators: show or hide the others' labels, notes, links and speakers"),
            new Shortcut("Ctrl+Shift+G", "Adjudicate as gold: label keys write the gold tag, or stop"),
            new Shortcut("A", "Adjudicating: accept the majority label, go to the next disagreement",
                    KeyAction.ACCEPT_MAJORITY),
            new Shortcut("Ctrl+Shift+A", "Adjudicating: accept every sentence all annotators agree on into gold (one undo)"),
            new Shortcut("X", "Exclude or include the sentence (web residue)",
                    KeyAction.TOGGLE_EXCLUDED),
            new Shortcut("Page Down / Page Up", "Next / previous article"),
            new Shortcut("F5", "Reload: show what another window or the command line changed"),
            new Shortcut("Enter", "Edit the note (Enter saves, Esc returns)",
                    KeyAction.EDIT_NOTE),
            new Shortcut("Ctrl+M", "Merge the sentence with the next one"),
            new Shortcut("Ctrl+Shift+S", "Split the sentence: put the caret where the second part begins, press Enter"),
            new Shortcut("Ctrl+Z", "Undo tags, links, speakers, merges, splits, deletions and codebook renames/merges (also after a restart: the history is in the database)"),
            new Shortcut("Ctrl+Shift+Z or Ctrl+Y", "Redo"),
            new Shortcut("Ctrl+O", "Import articles"),
            new Shortcut("Ctrl+Shift+O", "Import a folder (recursively, with progress and Cancel)"),
            new Shortcut("Ctrl+Shift+V", "Paste an article as a new document (asks for a title)"),
            new Shortcut("Ctrl+E", "Export…"),
            new Shortcut("Ctrl+I", "Article details: source, URL, date, import time, metadata"),
            new Shortcut("F2", "Rename the article"),
            new Shortcut("Ctrl+Shift+Delete", "Delete the article to the trash with everyone's tags (Ctrl+Z brings it back)"),
            new Shortcut("Ctrl+G", "Agreement between annotators (figures and confusion heat map)"),
            new Shortcut("Ctrl+F", "Find in all articles: words and filters; Enter opens the sentence, Esc closes"),
            new Shortcut("F3 / Shift+F3", "Next / previous sentence found"),
            new Shortcut("Ctrl+Shift+T", "Statistics: labels, progress, pace and disputed sentences as charts"),
            new Shortcut("F1", "Guidelines: the codebook beside the sidebar, at the sentence's label"),
            new Shortcut("Ctrl+Shift+K", "Codebook: add, rename, reorder, recolour, describe, merge, retire labels"),
            new Shortcut("Ctrl+plus / Ctrl+minus / Ctrl+0", "Larger / smaller / normal text"),
            new Shortcut("Ctrl+,", "Preferences: theme, text size, reading column, keys (click a key to rebind it)"),
            new Shortcut("?", "Show all shortcuts"),
            new Shortcut("Ctrl+Q", "Quit"));

    private Shortcuts() {
    }
}
