package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit → Codebook… and the codebook while tagging (F1 guidelines, tooltips, U unsure), driven by keys and clicks. */
class CodebookGuiTest {
    @TempDir
    Path dir;

    private Path prepare() {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_003);
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(1, 0, "Response");
            ws.annotation().tag(1, 1, "Claim");
            ws.codebook().describe("Claim", "A statement that can be checked.", "Figures, predictions", "Opinions",
                    List.of("Prices rose 3% in May."));
        }
        return db;
    }

    private static String text(GuiSession s, String id) {
        return s.robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void choose(GuiSession s, String name) {
        s.robot.clickOn(s.robot.lookup("#codebook-labels .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getGraphic() instanceof Label l && l.getText().endsWith(name)).findFirst().orElseThrow());
    }

    private static void typeInto(GuiSession s, String id, String text) {
        TextInputControl field = s.robot.lookup(id).queryAs(TextInputControl.class);
        s.robot.interact(field::clear);
        s.robot.clickOn(field).write(text);
    }

    @Test
    void dialogAddsRenamesMergesWithUndoRefusesRetireInUseAndShowsAContrastFailure() throws Exception {
        Path db = prepare();
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.CONTROL);
            s.waitUntil(() -> s.robot.lookup("#codebook-labels").tryQuery().isPresent()
                    && s.robot.lookup("#codebook-labels").queryAs(ListView.class).getItems().size() == 3);

            typeInto(s, "#codebook-name", "Quote");
            s.robot.clickOn("#codebook-add");
            s.waitUntil(() -> s.count("SELECT count(*) FROM labels WHERE name = 'Quote' AND key = '4' AND retired = 0") == 1);
            s.waitUntil(() -> s.window().tagging().labelsProperty().get().labels().size() == 4);

            choose(s, "Claim");
            typeInto(s, "#codebook-name", "Assertion");
            s.robot.clickOn("#codebook-rename");
            s.waitUntil(() -> "Assertion".equals(s.storedLabels(1).get(1)));

            choose(s, "Response");
            s.robot.interact(() -> s.robot.lookup("#codebook-other").queryAs(ComboBox.class).setValue("Assertion"));
            s.robot.clickOn("#codebook-merge");
            s.waitUntil(() -> "Assertion".equals(s.storedLabels(1).get(0)));
            assertEquals(1, s.count("SELECT retired FROM labels WHERE name = 'Response'"));
            s.waitUntil(() -> s.window().tagging().labelsProperty().get().byName("Response").isEmpty());

            s.robot.clickOn("#codebook-undo");
            s.waitUntil(() -> "Response".equals(s.storedLabels(1).get(0)));
            assertEquals("Assertion", s.storedLabels(1).get(1), "a tag that was Claim stays with the renamed label");
            s.waitUntil(() -> s.window().tagging().labelsProperty().get().byName("Response").isPresent());

            choose(s, "Response");
            s.robot.clickOn("#codebook-retire");
            s.waitUntil(() -> text(s, "#codebook-message").contains("used by 1 tag"));
            assertEquals(0, s.count("SELECT retired FROM labels WHERE name = 'Response'"));

            choose(s, "Quote");
            typeInto(s, "#codebook-colour", "#000080");
            s.waitUntil(() -> text(s, "#codebook-contrast").contains("too dark"));
            s.robot.clickOn("#codebook-apply-colour");
            s.waitUntil(() -> text(s, "#codebook-message").contains("too dark"));
            assertEquals(0, s.count("SELECT count(*) FROM labels WHERE colour = '#000080'"));
            s.robot.clickOn("#colour-56B4E9");
            s.waitUntil(() -> text(s, "#codebook-contrast").startsWith("text contrast")
                    && s.robot.lookup("#codebook-contrast").queryAs(javafx.scene.control.Label.class).getStyleClass()
                    .contains("contrast-ok"));
            s.robot.clickOn("#codebook-apply-colour");
            s.waitUntil(() -> s.count("SELECT count(*) FROM labels WHERE name = 'Quote' AND colour = '#56B4E9'") == 1);

            long versions = s.count("SELECT count(*) FROM codebook_versions");
            s.waitUntil(() -> s.robot.lookup("#codebook-versions").queryAs(ListView.class).getItems().size() == versions);
            String newest = (String) s.robot.lookup("#codebook-versions").queryAs(ListView.class).getItems().get(0);
            assertTrue(newest.startsWith(versions + " ") && newest.endsWith("recolour Quote #56B4E9"), newest);
        }
    }

    @Test
    void definitionsAreAKeyAwayAndUMarksTheTagUnsure() throws Exception {
        Path db = prepare();
        try (GuiSession s = GuiSession.start(db)) {
            s.waitUntil(() -> s.current() == 0);
            s.robot.type(KeyCode.J);
            s.waitUntil(() -> s.current() == 1);

            Button claim = s.robot.lookup(".label-button").queryAllAs(Button.class).stream()
                    .filter(b -> b.getAccessibleText().startsWith("Claim")).findFirst().orElseThrow();
            s.waitUntil(() -> claim.getTooltip() != null && claim.getTooltip().getText().contains("A statement that can be checked."));

            s.robot.type(KeyCode.F1);
            s.waitUntil(() -> s.robot.lookup("#guideline-panel").tryQuery().isPresent());
            long claimId = s.count("SELECT id FROM labels WHERE name = 'Claim'");
            String page = s.robot.lookup("#guideline-" + claimId).queryAs(javafx.scene.layout.VBox.class)
                    .getChildren().stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + b + "\n");
            assertTrue(page.contains("A statement that can be checked.") && page.contains("Use when: Figures")
                    && page.contains("Not when: Opinions") && page.contains("“Prices rose 3% in May.”"), page);
            assertTrue(s.robot.lookup("#guideline-" + claimId).query().getPseudoClassStates().stream()
                    .anyMatch(p -> p.getPseudoClassName().equals("selected")), "opened at the current sentence's label");

            s.robot.type(KeyCode.U);
            s.waitSaved();
            assertEquals(1, s.count("SELECT count(*) FROM tags t JOIN sentences x ON x.id = t.sentence_id WHERE x.idx = 1 AND t.unsure = 1"));
            s.waitUntil(() -> s.robot.lookup("#unsure-count").queryAs(Label.class).getText().equals("1 unsure"));

            s.robot.type(KeyCode.J, KeyCode.J);
            s.robot.clickOn("_View");
            s.robot.clickOn("N visits unsure sentences");
            s.robot.type(KeyCode.N);
            s.waitUntil(() -> s.current() == 1);

            s.robot.type(KeyCode.U);
            s.waitSaved();
            assertEquals(0, s.count("SELECT count(*) FROM tags WHERE unsure = 1"));
            s.waitUntil(() -> !s.robot.lookup("#unsure-count").queryAs(Label.class).isVisible());

            s.robot.type(KeyCode.F1);
            s.waitUntil(() -> s.robot.lookup("#guideline-panel").tryQuery().isEmpty());
            assertFalse(s.window().tagging().status().isPending());
        }
    }

    @Test
    void labelsAddedDescribedAndReorderedInTheDialogTagWithTheirNewKeysAtOnce() throws Exception {
        Path db = prepare();
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.CONTROL);
            s.waitUntil(() -> s.robot.lookup("#codebook-name").tryQuery().isPresent());
            typeInto(s, "#codebook-name", "Quote");
            s.robot.clickOn("#codebook-add");
            s.waitUntil(() -> s.window().tagging().labelsProperty().get().byKey("4").isPresent());
            s.waitUntil(() -> s.robot.lookup("#codebook-labels").queryAs(ListView.class).getItems().size() == 4);
            choose(s, "Quote");
            typeInto(s, "#codebook-definition", "Mostly reported speech.");
            typeInto(s, "#codebook-examples", "“No,” she said.");
            s.robot.clickOn("#codebook-describe");
            s.waitUntil(() -> s.count("SELECT count(*) FROM labels WHERE name = 'Quote' AND definition = 'Mostly reported speech.'"
                    + " AND examples = '[\"“No,” she said.\"]'") == 1);
            s.robot.clickOn("#codebook-up");
            s.waitUntil(() -> s.count("SELECT count(*) FROM labels WHERE name = 'Quote' AND key = '3'") == 1);
            s.waitUntil(() -> s.window().tagging().labelsProperty().get().byKey("3").map(l -> l.name().equals("Quote"))
                    .orElse(false));
            assertEquals("4", s.window().tagging().labelsProperty().get().byName("Background").orElseThrow().key());
            s.robot.clickOn("Close");
            s.robot.interact(() -> s.window().focusArticleNow());
            s.waitUntil(() -> s.window().readyForKeys());
            s.robot.type(KeyCode.J, KeyCode.J);
            s.waitUntil(() -> s.current() == 2);
            s.robot.type(KeyCode.DIGIT3);
            s.waitSaved();
            assertEquals("Quote", s.storedLabels(1).get(2), "key 3 is Quote's now");
            s.robot.type(KeyCode.DIGIT4);
            s.waitSaved();
            assertEquals("Background", s.storedLabels(1).get(3), "and 4 is Background's");
            assertTrue(s.robot.lookup(".label-button").queryAllAs(Button.class).stream()
                    .anyMatch(b -> b.getAccessibleText().equals("Quote, key 3")
                            && b.getTooltip().getText().contains("Mostly reported speech.")));
        }
    }

    @Test
    void f5ShowsLabelsRenamedFromTheCommandLine() throws Exception {
        Path db = prepare();
        try (GuiSession s = GuiSession.start(db)) {
            try (Workspace ws = Workspace.open(db)) {
                ws.codebook().rename("Claim", "Assertion");
            }
            s.robot.type(KeyCode.F5);
            s.waitUntil(() -> s.robot.lookup(".label-button").queryAllAs(Button.class).stream()
                    .anyMatch(b -> b.getAccessibleText().equals("Assertion, key 1")));
            s.waitUntil(() -> s.window().tagging().labelsProperty().get().byName("Claim").isEmpty());
        }
    }
}
