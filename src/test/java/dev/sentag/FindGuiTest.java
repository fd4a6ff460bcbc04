package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.model.FoundSentence;
import dev.sentag.model.Sentence;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl+F in the real window: find as you type, filters, Enter opens the sentence, F3 / Shift+F3 walk the results. */
class FindGuiTest {
    @TempDir
    Path dir;

    /** Where a sentence is: document id and index. */
    record Place(long documentId, int index) {
    }

    /** Sentences holding a form of "sanction", read from the documents without the find code. */
    private static List<Place> sanctionSentences(Path db) {
        Pattern word = Pattern.compile("\\bsanction(s|ed|ing)?\\b", Pattern.CASE_INSENSITIVE);
        List<Place> out = new ArrayList<>();
        try (Workspace ws = Workspace.open(db)) {
            for (var d : ws.annotation().documents()) {
                for (Sentence s : ws.annotation().open(d.id()).orElseThrow().sentences()) {
                    if (!s.excluded() && word.matcher(s.text()).find()) {
                        out.add(new Place(d.id(), s.index()));
                    }
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Place> shown(GuiSession s) {
        ListView<FoundSentence> list = s.robot.lookup("#find-results").queryAs(ListView.class);
        return list.getItems().stream().map(f -> new Place(f.documentId(), f.index())).toList();
    }

    private static long openDocument(GuiSession s) {
        return s.window().tagging().documentProperty().get().id();
    }

    private static void press(GuiSession s, KeyCode... keys) {
        s.robot.press(keys).release(keys);
    }

    @Test
    void ctrlFFindsAsYouTypeFiltersOpensWithEnterAndF3WalksTheResults() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        List<Place> expected = sanctionSentences(db);
        assertTrue(expected.size() >= 4 && expected.stream().map(Place::documentId).distinct().count() == 2,
                expected::toString);
        try (GuiSession s = GuiSession.start(db)) {
            press(s, KeyCode.CONTROL, KeyCode.F);
            TextField query = s.robot.lookup("#find-query").queryAs(TextField.class);
            s.waitUntil(query::isFocused);
            s.robot.write("sanctions");
            s.waitUntil(() -> shown(s).equals(expected));

            // Enter opens the first result; the keys then tag in the reading view.
            press(s, KeyCode.ENTER);
            Place first = expected.get(0);
            s.waitUntil(() -> openDocument(s) == first.documentId() && s.current() == first.index());
            s.waitUntil(() -> s.window().readyForKeys());
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            assertEquals("Claim", s.storedLabels(first.documentId()).get(first.index()));

            press(s, KeyCode.F3);
            s.waitUntil(() -> openDocument(s) == expected.get(1).documentId() && s.current() == expected.get(1).index());
            press(s, KeyCode.F3);
            s.waitUntil(() -> s.current() == expected.get(2).index());
            press(s, KeyCode.SHIFT, KeyCode.F3);
            s.waitUntil(() -> s.current() == expected.get(1).index());
            Place last = expected.get(expected.size() - 1);
            press(s, KeyCode.SHIFT, KeyCode.F3);
            press(s, KeyCode.SHIFT, KeyCode.F3);
            s.waitUntil(() -> openDocument(s) == last.documentId() && s.current() == last.index());

            // A filter narrows at once: the sentence just tagged is no longer untagged.
            press(s, KeyCode.CONTROL, KeyCode.F);
            s.waitUntil(query::isFocused);
            CheckBox untagged = s.robot.lookup(".find-panel .check-box").queryAllAs(CheckBox.class).stream()
                    .filter(c -> c.getText().equals("Untagged")).findFirst().orElseThrow();
            s.robot.clickOn(untagged);
            s.waitUntil(() -> shown(s).equals(expected.subList(1, expected.size())));
            s.robot.clickOn(untagged);
            s.waitUntil(() -> shown(s).equals(expected));
            CheckBox thisArticle = s.robot.lookup(".find-panel .check-box").queryAllAs(CheckBox.class).stream()
                    .filter(c -> c.getText().equals("This article only")).findFirst().orElseThrow();
            s.robot.clickOn(thisArticle);
            s.waitUntil(() -> shown(s).equals(expected.stream().filter(p -> p.documentId() == last.documentId()).toList()));
            s.robot.clickOn(thisArticle);
            s.waitUntil(() -> shown(s).equals(expected));
            ComboBox<String> label = s.robot.lookup(".find-panel .combo-box").queryAllAs(ComboBox.class).stream()
                    .map(c -> (ComboBox<String>) c).filter(c -> c.getItems().contains("Claim")).findFirst().orElseThrow();
            s.robot.interact(() -> label.setValue("Claim"));
            s.waitUntil(() -> shown(s).equals(List.of(first)));

            // Typing more words narrows the results (words in any order); Esc closes and gives the keys back.
            s.robot.interact(() -> label.setValue("Any label"));
            s.robot.clickOn(query);
            press(s, KeyCode.END);
            s.robot.write(" private");
            s.waitUntil(() -> !shown(s).isEmpty() && shown(s).size() < expected.size());
            assertTrue(expected.containsAll(shown(s)));
            press(s, KeyCode.ESCAPE);
            s.waitUntil(() -> !s.robot.lookup(".find-panel").query().isVisible());
            s.waitUntil(() -> s.window().readyForKeys());
        }
    }

    private static CheckBox box(GuiSession s, String text) {
        return s.robot.lookup(".find-panel .check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Every current, not excluded sentence of the library, read with plain JDBC, not the find code. */
    private static List<Place> allSentences(Path db) throws java.sql.SQLException {
        List<Place> out = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var ps = c.prepareStatement("SELECT document_id, idx FROM sentences WHERE idx IS NOT NULL AND excluded = 0"
                     + " ORDER BY document_id, idx");
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Place(rs.getLong(1), rs.getInt(2)));
            }
        }
        return out;
    }

    @Test
    void unsureLinkedNotLinkedAndSpeakerFiltersNarrowTheResultsAndEnterOpens() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(1, 3, "claim", true);
            ws.annotation().tag(1, 4, "response", false);
            ws.annotation().tag(2, 0, "claim", true);
            ws.links().link(1, 4, 3, null);
            ws.links().speaker(1, 3, "Foreign Office");
            ws.links().speaker(2, 1, "foreign office");
            ws.links().speaker(2, 2, "Foreign Office spokesman");
        }
        try (GuiSession s = GuiSession.start(db)) {
            press(s, KeyCode.CONTROL, KeyCode.F);
            TextField query = s.robot.lookup("#find-query").queryAs(TextField.class);
            s.waitUntil(query::isFocused);
            CheckBox unsure = box(s, "Unsure");
            s.robot.clickOn(unsure);
            s.waitUntil(() -> shown(s).equals(List.of(new Place(1, 3), new Place(2, 0))));
            s.robot.clickOn(unsure);

            CheckBox linked = box(s, "Linked");
            CheckBox notLinked = box(s, "Not linked");
            s.robot.clickOn(linked);
            s.waitUntil(() -> shown(s).equals(List.of(new Place(1, 3), new Place(1, 4))));
            List<Place> others = new ArrayList<>(allSentences(db));
            others.removeAll(List.of(new Place(1, 3), new Place(1, 4)));
            s.robot.clickOn(notLinked);
            s.waitUntil(() -> shown(s).equals(others));
            assertTrue(!linked.isSelected(), "Linked and Not linked exclude each other");
            s.robot.clickOn(notLinked);

            TextField speaker = s.robot.lookup("#find-speaker").queryAs(TextField.class);
            s.robot.clickOn(speaker);
            s.robot.write(" FOREIGN office ");
            s.waitUntil(() -> shown(s).equals(List.of(new Place(1, 3), new Place(2, 1))));
            s.robot.clickOn(query);
            press(s, KeyCode.ENTER);
            s.waitUntil(() -> openDocument(s) == 1 && s.current() == 3);
        }
    }

    @Test
    void unparsableQueryShowsTheReasonAndNoResults() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000);
        try (GuiSession s = GuiSession.start(db)) {
            press(s, KeyCode.CONTROL, KeyCode.F);
            s.waitUntil(() -> s.robot.lookup("#find-query").query().isFocused());
            s.robot.write("\"sanctions");
            s.waitUntil(() -> s.robot.lookup(".find-message").queryLabeled().getText().startsWith("Cannot search for"));
            assertEquals(List.of(), shown(s));
        }
    }

    @Test
    void libraryListFiltersByTaggingStateAndSortsByTitleAndProgress() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(2, 0, "claim");
        }
        try (GuiSession s = GuiSession.start(db)) {
            @SuppressWarnings("unchecked")
            ListView<dev.sentag.ui.DocumentRow> list = s.robot.lookup("#library-list").queryAs(ListView.class);
            @SuppressWarnings("unchecked")
            ComboBox<Object> state = s.robot.lookup("#library-state").queryAs(ComboBox.class);
            @SuppressWarnings("unchecked")
            ComboBox<Object> sort = s.robot.lookup("#library-sort").queryAs(ComboBox.class);
            // (The window's first start adds its sample article as document 3.)
            assertEquals(List.of(1L, 2L, 3L), list.getItems().stream().map(dev.sentag.ui.DocumentRow::id).toList());
            // The sort choice shows its whole word beside the state choice, not "Impor…".
            List<String> shownSort = sort.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text)
                    .map(n -> ((javafx.scene.text.Text) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
            assertEquals(List.of("Imported"), shownSort);
            s.robot.interact(() -> state.setValue(state.getItems().get(2))); // Started
            s.waitUntil(() -> list.getItems().stream().map(dev.sentag.ui.DocumentRow::id).toList().equals(List.of(2L)));
            s.robot.interact(() -> state.setValue(state.getItems().get(1))); // Untagged
            s.waitUntil(() -> list.getItems().stream().map(dev.sentag.ui.DocumentRow::id).toList().equals(List.of(1L, 3L)));
            s.robot.interact(() -> state.setValue(state.getItems().get(0)));
            s.robot.interact(() -> sort.setValue(sort.getItems().get(2))); // Progress: the started one first
            s.waitUntil(() -> list.getItems().get(0).id() == 2L);
            s.robot.interact(() -> sort.setValue(sort.getItems().get(1))); // Title
            List<String> titles = list.getItems().stream().map(dev.sentag.ui.DocumentRow::title).toList();
            assertEquals(titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), titles);
        }
    }
}
