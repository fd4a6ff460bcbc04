package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static dev.sentag.ActionWalkKeys.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
/**
 * The reviewed effect of every entry of the action registry, by id, for {@link ActionWalkGuiTest}: each case presses
 * the entry's key (or walks to its menu item) and waits for and checks what it does.
 */
final class ActionWalkCases {
    /** One walk case: press the entry's key, then wait for and check its effect. */
    interface Case {
        void walk(GuiSession s) throws Exception;
    }

    /** Exceptions thrown on the FX thread: Monocle refuses native file choosers, which proves they were asked for. */
    private final List<Throwable> fxErrors;

    ActionWalkCases(List<Throwable> fxErrors) {
        this.fxErrors = fxErrors;
    }

    /** The reviewed effect of every registered action, by id. */
    Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("NEXT_SENTENCE", s -> {
            goTo(s, 2);
            key(s, "NEXT_SENTENCE");
            s.waitUntil(() -> s.current() == 3);
        });
        c.put("PREVIOUS_SENTENCE", s -> {
            goTo(s, 3);
            key(s, "PREVIOUS_SENTENCE");
            s.waitUntil(() -> s.current() == 2);
        });
        c.put("TAG_WITH_LABEL", s -> {
            goTo(s, 2);
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            s.waitUntil(() -> "Claim".equals(s.storedLabels(1).get(2)));
        });
        c.put("CLEAR_TAG", s -> {
            goTo(s, 2);
            key(s, "CLEAR_TAG");
            s.waitSaved();
            s.waitUntil(() -> !s.storedLabels(1).containsKey(2));
        });
        c.put("NEXT_UNTAGGED", s -> {
            goTo(s, 5);
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            goTo(s, 5);
            key(s, "NEXT_UNTAGGED");
            s.waitUntil(() -> s.current() > 5 && s.window().tagging().currentRow().orElseThrow().labelId() == null);
        });
        c.put("NEXT_DISAGREEMENT", s -> {
            s.robot.interact(() -> s.window().comparison().comparingProperty().set(false));
            key(s, "NEXT_DISAGREEMENT");
            s.waitUntil(() -> s.window().comparison().comparingProperty().get()); // D turns the comparison on
        });
        c.put("UNSURE", s -> {
            goTo(s, 5); // tagged Claim above
            key(s, "UNSURE");
            s.waitSaved();
            s.waitUntil(() -> s.count("SELECT t.unsure FROM tags t JOIN sentences x ON x.id = t.sentence_id"
                    + " WHERE x.document_id = 1 AND x.idx = 5") == 1);
        });
        c.put("LINK", s -> {
            goTo(s, 13);
            key(s, "LINK");
            key(s, "PREVIOUS_SENTENCE"); // while linking, K still moves: to the target
            s.waitUntil(() -> s.current() < 13);
            int target = s.current();
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            s.waitUntil(() -> s.count("SELECT count(*) FROM links l JOIN sentences f ON f.id = l.from_sentence_id"
                    + " JOIN sentences t ON t.id = l.to_sentence_id WHERE f.idx = 13 AND t.idx = " + target) == 1);
        });
        c.put("LINK_LIST", s -> {
            goTo(s, 13);
            key(s, "LINK_LIST");
            s.waitUntil(() -> s.window().scene().getFocusOwner() instanceof ListView<?>);
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> !(s.window().scene().getFocusOwner() instanceof ListView<?>));
        });
        c.put("SPEAKER", s -> {
            goTo(s, 9);
            key(s, "SPEAKER");
            s.waitUntil(() -> s.window().scene().getFocusOwner() instanceof TextField);
            s.robot.write("Ana");
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            s.waitUntil(() -> s.count("SELECT count(*) FROM speakers p JOIN sentences x ON x.id = p.sentence_id"
                    + " WHERE x.document_id = 1 AND x.idx = 9 AND p.name = 'Ana'") == 1); // the S typed no letter
        });
        c.put("COMPARE", s -> {
            boolean before = s.window().comparison().comparingProperty().get();
            key(s, "COMPARE");
            s.waitUntil(() -> s.window().comparison().comparingProperty().get() != before);
        });
        c.put("ADJUDICATE", s -> {
            key(s, "ADJUDICATE");
            s.waitUntil(() -> s.window().comparison().adjudicatingProperty().get());
            key(s, "ADJUDICATE");
            s.waitUntil(() -> !s.window().comparison().adjudicatingProperty().get());
        });
        c.put("ACCEPT_MAJORITY", s -> {
            s.robot.interact(() -> s.window().library().notices().post(""));
            key(s, "ACCEPT_MAJORITY");
            s.waitUntil(() -> notice(s).startsWith("A accepts the majority while adjudicating"));
        });
        c.put("ACCEPT_AGREED", s -> {
            s.robot.interact(() -> s.window().library().notices().post(""));
            key(s, "ACCEPT_AGREED");
            s.waitUntil(() -> notice(s).startsWith("Accept all agreed works while adjudicating"));
        });
        c.put("TOGGLE_EXCLUDED", s -> {
            goTo(s, 11);
            String excluded = "SELECT excluded FROM sentences WHERE document_id = 1 AND idx = 11";
            key(s, "TOGGLE_EXCLUDED");
            s.waitSaved();
            s.waitUntil(() -> s.count(excluded) == 1);
            key(s, "TOGGLE_EXCLUDED");
            s.waitSaved();
            s.waitUntil(() -> s.count(excluded) == 0);
        });
        c.put("NEXT_ARTICLE", s -> {
            key(s, "NEXT_ARTICLE");
            s.waitUntil(() -> openDocument(s) == 2);
        });
        c.put("PREVIOUS_ARTICLE", s -> {
            key(s, "PREVIOUS_ARTICLE");
            s.waitUntil(() -> openDocument(s) == 1);
        });
        c.put("RELOAD", s -> {
            s.execute("UPDATE documents SET title = 'Changed by the command line' WHERE id = 2");
            key(s, "RELOAD");
            s.waitUntil(() -> "Changed by the command line".equals(s.window().library().find(2).orElseThrow().title()));
        });
        c.put("EDIT_NOTE", s -> {
            goTo(s, 5);
            key(s, "EDIT_NOTE");
            s.waitUntil(() -> s.window().scene().getFocusOwner() instanceof TextArea);
            s.robot.write("walked here");
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            s.waitUntil(() -> s.count("SELECT count(*) FROM tags t JOIN sentences x ON x.id = t.sentence_id"
                    + " WHERE x.document_id = 1 AND x.idx = 5 AND t.note = 'walked here'") == 1);
        });
        String sentences = "SELECT count(*) FROM sentences WHERE document_id = 1 AND idx IS NOT NULL";
        long[] count = new long[1];
        c.put("MERGE", s -> {
            count[0] = s.count(sentences);
            goTo(s, 3);
            key(s, "MERGE");
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0] - 1);
        });
        c.put("SPLIT", s -> {
            goTo(s, 3);
            key(s, "SPLIT");
            waitForWindow(s, "Split sentence");
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> dialogs().isEmpty());
            assertEquals(count[0] - 1, s.count(sentences), "cancelled: nothing split");
        });
        c.put("UNDO", s -> {
            key(s, "UNDO");
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0]); // the merge is undone
        });
        c.put("REDO", s -> {
            key(s, "REDO");
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0] - 1);
            key(s, "UNDO");
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0]);
            press(s, new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)); // its second key
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0] - 1);
            key(s, "UNDO");
            s.waitSaved();
            s.waitUntil(() -> s.count(sentences) == count[0]);
        });
        c.put("IMPORT", s -> askedForAFile(s, "IMPORT", "ImportActions.importDialog"));
        c.put("IMPORT_FOLDER", s -> askedForAFile(s, "IMPORT_FOLDER", "ImportActions.importFolderDialog"));
        c.put("PASTE_ARTICLE", s -> {
            long before = s.count("SELECT count(*) FROM documents");
            s.robot.interact(() -> Clipboard.getSystemClipboard().setContent(
                    Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT, "Pasted in the walk\n\nIt says one thing. And another.")));
            key(s, "PASTE_ARTICLE");
            s.waitUntil(() -> s.robot.lookup(".paste-title-dialog").tryQuery().isPresent());
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> s.count("SELECT count(*) FROM documents") == before + 1);
            s.waitUntil(() -> dialogs().isEmpty());
        });
        c.put("EXPORT", s -> dialog(s, "EXPORT", ".export-dialog"));
        c.put("DETAILS", s -> dialog(s, "DETAILS", ".details-dialog"));
        c.put("RENAME", s -> {
            long doc = openDocument(s);
            key(s, "RENAME");
            s.waitUntil(() -> s.robot.lookup(".rename-dialog .text-field").tryQuery().isPresent());
            TextField title = s.robot.lookup(".rename-dialog .text-field").queryAs(TextField.class);
            s.waitUntil(title::isFocused);
            s.robot.interact(() -> title.setText("Renamed by F2"));
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> s.count("SELECT count(*) FROM documents WHERE id = " + doc
                    + " AND title = 'Renamed by F2'") == 1);
        });
        c.put("DELETE", s -> {
            long doc = openDocument(s);
            key(s, "DELETE");
            s.waitUntil(() -> s.count("SELECT count(*) FROM documents WHERE id = " + doc + " AND deleted_at IS NOT NULL") == 1);
            key(s, "UNDO");
            s.waitUntil(() -> s.count("SELECT count(*) FROM documents WHERE deleted_at IS NOT NULL") == 0);
            s.waitUntil(() -> openDocument(s) == doc);
        });
        c.put("AGREEMENT", s -> dialog(s, "AGREEMENT", ".agreement-dialog"));
        c.put("FIND", s -> {
            key(s, "FIND");
            TextField query = s.robot.lookup("#find-query").queryAs(TextField.class);
            s.waitUntil(query::isFocused);
            s.robot.write("sanctions");
            s.waitUntil(() -> s.robot.lookup("#find-results").queryListView().getItems().size() >= 3);
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> !s.robot.lookup(".find-panel").query().isVisible());
        });
        c.put("FIND_NEXT", s -> found(s, "FIND_NEXT"));
        c.put("FIND_PREVIOUS", s -> found(s, "FIND_PREVIOUS"));
        c.put("STATISTICS", s -> {
            key(s, "STATISTICS");
            Stage stats = waitForWindow(s, "Statistics");
            s.robot.interact(stats::close);
            s.waitUntil(() -> dialogs().isEmpty());
        });
        c.put("GUIDELINES", s -> {
            key(s, "GUIDELINES");
            s.waitUntil(() -> s.robot.lookup(".guideline-panel").tryQuery().filter(n -> n.getScene() != null).isPresent());
            s.robot.interact(() -> s.window().focusArticleNow());
            key(s, "GUIDELINES");
            s.waitUntil(() -> s.robot.lookup(".guideline-panel").tryQuery().filter(n -> n.getScene() != null).isEmpty());
        });
        c.put("CODEBOOK", s -> {
            key(s, "CODEBOOK");
            s.waitUntil(() -> s.robot.lookup(".codebook-dialog").tryQuery().isPresent());
            Window w = s.robot.lookup(".codebook-dialog").query().getScene().getWindow();
            s.robot.interact(() -> ((Stage) w).close());
            s.waitUntil(() -> dialogs().isEmpty());
        });
        c.put("LARGER_TEXT", s -> {
            key(s, "NORMAL_TEXT");
            s.waitUntil(() -> articleStyle(s).contains("-fx-font-size: 16.0px"));
            key(s, "LARGER_TEXT");
            s.waitUntil(() -> articleStyle(s).contains("-fx-font-size: 17.0px"));
        });
        c.put("SMALLER_TEXT", s -> {
            key(s, "SMALLER_TEXT");
            key(s, "SMALLER_TEXT");
            s.waitUntil(() -> articleStyle(s).contains("-fx-font-size: 15.0px"));
        });
        c.put("NORMAL_TEXT", s -> {
            key(s, "NORMAL_TEXT");
            s.waitUntil(() -> articleStyle(s).contains("-fx-font-size: 16.0px"));
        });
        c.put("PREFERENCES", s -> dialog(s, "PREFERENCES", ".preferences-dialog"));
        c.put("SHOW_SHORTCUTS", s -> dialog(s, "SHOW_SHORTCUTS", ".shortcut-table"));
        c.put("QUIT", s -> {
            Window main = s.window().scene().getWindow();
            key(s, "QUIT");
            s.waitUntil(() -> !main.isShowing());
        });
        // Entries without a key: their menu, reached from the keyboard (Alt and the menu's mnemonic, arrows, Enter).
        c.put("NEW_LIBRARY", s -> {
            menu(s, "File", "New library…");
            s.waitUntil(() -> asked("LibrarySwitcher.newLibrary"));
        });
        c.put("OPEN_LIBRARY", s -> {
            menu(s, "File", "Open library…");
            s.waitUntil(() -> asked("LibrarySwitcher.openLibrary"));
        });
        c.put("OPEN_TEAM_LIBRARY", s -> {
            menu(s, "File", "Open team library…");
            s.waitUntil(() -> s.robot.lookup("#team-library-url").tryQuery().isPresent());
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> dialogs().isEmpty());
        });
        c.put("OPEN_RECENT", s -> {
            menu(s, "File", "Open recent");
            s.waitUntil(() -> shownLabel(s, "other.db").isPresent()); // the submenu lists the recent library
            s.robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
            s.waitUntil(() -> shownLabel(s, "other.db").isEmpty());
        });
        c.put("SWITCH_ANNOTATOR", s -> {
            String before = s.window().library().annotatorProperty().get();
            menu(s, "File", "Switch annotator…");
            s.waitUntil(() -> s.robot.lookup(".annotator-dialog").tryQuery().isPresent());
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> dialogs().isEmpty());
            assertEquals(before, s.window().library().annotatorProperty().get(), "cancelled: the same annotator");
        });
        c.put("RESTORE_SNAPSHOT", s -> {
            menu(s, "File", "Restore snapshot…");
            Stage restore = waitForWindow(s, "Restore snapshot");
            s.robot.interact(restore::close);
            s.waitUntil(() -> dialogs().isEmpty());
        });
        c.put("AUTO_ADVANCE", s -> {
            boolean before = s.window().tagging().autoAdvanceProperty().get();
            menu(s, "View", "Auto-advance after tagging");
            s.waitUntil(() -> s.window().tagging().autoAdvanceProperty().get() != before);
        });
        c.put("ABOUT", s -> {
            menu(s, "Help", "About Sentag");
            Stage about = waitForWindow(s, "About Sentag");
            assertNotNull(about);
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> dialogs().isEmpty());
        });
        return c;
    }

    /** The entry's key opened a native file chooser: Monocle refuses it, and the refusal names the handler. */
    private void askedForAFile(GuiSession s, String id, String handler) throws Exception {
        key(s, id);
        s.waitUntil(() -> asked(handler));
    }

    private boolean asked(String handler) {
        synchronized (fxErrors) {
            return fxErrors.stream().anyMatch(e -> e instanceof UnsupportedOperationException
                    && java.util.Arrays.stream(e.getStackTrace()).anyMatch(f -> (f.getClassName().replaceAll(".*\\.", "")
                    + "." + f.getMethodName()).equals(handler)));
        }
    }
}
