package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real window with keys and clicks and checks what reached the database file. */
class MainWindowTest {
    @TempDir
    Path dir;

    private Path seededDatabase() {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        return db;
    }

    @Test
    void labelKeysTagAndAdvanceAndReachTheDatabase() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            assertEquals(1, s.current(), "the article opens past its excluded site banner (sentence 0)");
            Label progress = s.robot.lookup(".progress-state").queryAs(Label.class);
            assertEquals("0 of 31 tagged", progress.getText(), "counted when shown, before any tag (4 residue left out)");
            s.robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3);
            s.waitSaved();
            assertEquals(4, s.current(), "each tag moves to the next sentence");
            assertEquals(Map.of(1, "Claim", 2, "Response", 3, "Background"), s.storedLabels(1));
            String status = s.robot.lookup(".save-state").queryAs(Label.class).getText();
            assertEquals("Saved", status);
            assertEquals("mdal-check_circle", ((org.kordamp.ikonli.javafx.FontIcon) s.robot.lookup(".save-state")
                    .queryAs(Label.class).getGraphic()).getIconLiteral(), "an Ikonli tick, not a glyph");
            assertEquals(3, s.window().library().find(1).orElseThrow().taggedProperty().get(),
                    "the library shows the new progress");
        }
    }

    @Test
    void seedArticlesAreShownWholeAndSplitAsInTheGoldSet() throws Exception {
        var gold = new java.util.HashMap<String, java.util.List<String>>();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : java.nio.file.Files.readAllLines(
                Path.of("..", "shared", "data", "sentences", "seeds_wholefile_gold_en.jsonl"))) {
            var node = json.readTree(line);
            var sentences = new java.util.ArrayList<String>();
            node.get("sentences").forEach(n -> sentences.add(n.asText()));
            gold.put(node.get("id").asText(), sentences);
        }
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            for (Path seed : java.util.List.of(GuiSession.SEED_000, GuiSession.SEED_003)) {
                long id = seed == GuiSession.SEED_000 ? 1 : 2;
                if (s.window().tagging().documentProperty().get().id() != id) {
                    s.robot.type(KeyCode.PAGE_DOWN);
                    s.waitUntil(() -> s.window().tagging().documentProperty().get().id() == id);
                }
                String shown = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> s.window().articleText()).get();
                assertEquals(java.nio.file.Files.readString(seed).replace("\r\n", "\n"), shown,
                        "the article view shows the whole file");
                var rows = s.window().tagging().rows().stream().map(r -> r.sentence().text().strip()).toList();
                assertEquals(gold.get(seed.getFileName().toString()), rows, "split as in the gold set");
            }
        }
    }

    @Test
    void navigationKeysMoveTheCursorAndClearKeysUntag() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            s.robot.type(KeyCode.J, KeyCode.J, KeyCode.DOWN);
            assertEquals(4, s.current());
            s.robot.type(KeyCode.K, KeyCode.UP);
            assertEquals(2, s.current());
            s.robot.type(KeyCode.DIGIT2);
            s.robot.type(KeyCode.K);
            s.robot.type(KeyCode.DIGIT0);
            s.waitSaved();
            assertTrue(s.storedLabels(1).isEmpty(), "0 clears the tag it just made");
            s.robot.type(KeyCode.DIGIT3, KeyCode.DIGIT3);
            s.robot.type(KeyCode.K, KeyCode.BACK_SPACE);
            s.waitSaved();
            assertEquals(Map.of(2, "Background"), s.storedLabels(1), "Backspace cleared sentence 3 only");
            s.robot.type(KeyCode.HOME);
            s.robot.type(KeyCode.N);
            assertNull(s.window().tagging().rows().get(s.current()).labelId(), "N lands on an untagged sentence");
        }
    }

    @Test
    void pageKeysSwitchArticles() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            assertEquals(1, s.window().tagging().documentProperty().get().id());
            s.robot.type(KeyCode.PAGE_DOWN);
            s.waitUntil(() -> s.window().tagging().documentProperty().get().id() == 2);
            assertEquals("0 of 25 tagged", s.robot.lookup(".progress-state").queryAs(Label.class).getText());
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            assertEquals(Map.of(0, "Claim"), s.storedLabels(2));
            s.robot.type(KeyCode.PAGE_UP);
            s.waitUntil(() -> s.window().tagging().documentProperty().get().id() == 1);
        }
    }

    @Test
    void tagsAreShownAgainAfterRestart() throws Exception {
        Path db = seededDatabase();
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.type(KeyCode.DIGIT2, KeyCode.DIGIT2);
            s.waitSaved();
        }
        try (GuiSession s = GuiSession.start(db)) {
            var rows = s.window().tagging().rows();
            var labels = s.window().tagging().labelsProperty().get();
            assertEquals("Response", labels.byId(rows.get(1).labelId()).orElseThrow().name());
            assertEquals("Response", labels.byId(rows.get(2).labelId()).orElseThrow().name());
            assertNull(rows.get(3).labelId());
            assertEquals(3, s.current(), "the window reopens where the user left off");
        }
    }

    @Test
    void undoAndRedoWorkAlsoAfterRestart() throws Exception {
        Path db = seededDatabase();
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2);
            s.waitSaved();
            s.robot.push(KeyCode.CONTROL, KeyCode.Z);
            s.waitUntil(() -> s.storedLabels(1).equals(Map.of(1, "Claim")));
            assertEquals(2, s.current(), "undo shows the sentence it changed");
            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
            s.waitUntil(() -> s.storedLabels(1).equals(Map.of(1, "Claim", 2, "Response")));
        }
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.push(KeyCode.CONTROL, KeyCode.Z);
            s.waitUntil(() -> s.storedLabels(1).equals(Map.of(1, "Claim")));
            s.robot.push(KeyCode.CONTROL, KeyCode.Z);
            s.waitUntil(() -> s.storedLabels(1).isEmpty());
            s.robot.push(KeyCode.CONTROL, KeyCode.Y);
            s.waitUntil(() -> s.storedLabels(1).equals(Map.of(1, "Claim")));
            assertNull(s.window().tagging().rows().get(2).labelId());
            assertEquals("Claim", s.window().tagging().labelsProperty().get()
                    .byId(s.window().tagging().rows().get(1).labelId()).orElseThrow().name());
        }
    }

    @Test
    void clickingASentenceMakesItCurrent() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            var bounds = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> s.window().sentenceBounds(4)).get()
                    .orElseThrow();
            s.robot.clickOn(bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 2);
            s.waitUntil(() -> s.current() == 4);
            s.robot.type(KeyCode.DIGIT3);
            s.waitSaved();
            assertEquals(Map.of(4, "Background"), s.storedLabels(1));
        }
    }

    @Test
    void autoAdvanceCanBeSwitchedOff() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            s.robot.interact(() -> s.window().tagging().autoAdvanceProperty().set(false));
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            assertEquals(1, s.current());
            s.robot.type(KeyCode.DIGIT2);
            s.waitSaved();
            assertEquals(Map.of(1, "Response"), s.storedLabels(1));
        }
    }

    @Test
    void aFailedWritePutsTheOldLabelBackAndSaysSo() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            // Another program removes the sentence under the user's cursor: the write must fail visibly.
            s.execute("DELETE FROM sentences WHERE document_id = 1 AND idx = 1");
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            assertNull(s.window().tagging().rows().get(1).labelId(), "the colour is reverted");
            String status = s.robot.lookup(".save-state").queryAs(Label.class).getText();
            assertTrue(status.startsWith("Not saved"), status);
            assertEquals(0, s.count("SELECT count(*) FROM tags"));
        }
    }

    @Test
    void enterOpensTheNoteAndEnterSavesIt() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            s.robot.type(KeyCode.ENTER);
            var note = s.robot.lookup(".sidebar .text-area").queryAs(javafx.scene.control.TextArea.class);
            s.waitUntil(note::isFocused);
            s.robot.write("check the date");
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            assertEquals(1, s.count("SELECT count(*) FROM tags t JOIN sentences s ON s.id = t.sentence_id"
                    + " WHERE s.idx = 1 AND t.note = 'check the date' AND t.label_id IS NULL"));
            s.robot.type(KeyCode.DIGIT3);
            s.waitSaved();
            assertEquals(Map.of(1, "Background"), s.storedLabels(1), "keys tag again once the note is saved");
            assertEquals(1, s.count("SELECT count(*) FROM tags WHERE note = 'check the date'"), "the note stays");
        }
    }

    @Test
    void questionMarkShowsTheShortcuts() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            s.robot.write("?");
            s.waitUntil(() -> s.robot.lookup(".shortcut-table").tryQuery().isPresent());
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> s.robot.lookup(".shortcut-table").tryQuery().isEmpty());
        }
    }

    @Test
    void anEmptyLibraryInvitesTheUserToImport() throws Exception {
        Path db = dir.resolve("empty.db");
        try (GuiSession s = GuiSession.start(db)) {
            s.execute("DELETE FROM documents");
        }
        try (GuiSession s = GuiSession.start(db)) {
            var title = s.robot.lookup(".empty-title").queryAs(Label.class);
            assertTrue(title.isVisible());
            assertEquals("No articles yet", title.getText());
            assertEquals(0, s.window().library().documents().size(), "the sample is not forced back");
        }
    }

    @Test
    void firstStartImportsTheSampleArticle() throws Exception {
        try (GuiSession s = GuiSession.start(dir.resolve("fresh.db"))) {
            var docs = s.window().library().documents();
            assertEquals(1, docs.size());
            assertTrue(docs.get(0).title().startsWith("Harbour town approves"), docs.get(0).title());
            assertTrue(s.window().tagging().rows().size() >= 8);
        }
        try (GuiSession s = GuiSession.start(dir.resolve("fresh.db"))) {
            assertEquals(1, s.window().library().documents().size(), "the sample is imported once");
        }
    }

    @Test
    void importingThroughTheWindowAddsArticlesAndSkipsDuplicates() throws Exception {
        try (GuiSession s = GuiSession.start(dir.resolve("lib.db"))) {
            s.robot.interact(() -> s.window().importFiles(java.util.List.of(GuiSession.SEED_003, GuiSession.SEED_003)));
            s.waitUntil(() -> s.window().library().documents().size() == 2);
            s.waitUntil(() -> s.window().tagging().documentProperty().get().id() == 2);
            assertEquals("Imported 1 article, 1 already in the library",
                    s.window().library().noticeProperty().get());
            assertEquals(2, s.count("SELECT count(*) FROM documents"));
        }
    }
}
