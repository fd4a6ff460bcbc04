package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives File → Export… in the real window: preview, export, and the message naming the file. */
class ExportDialogTest {
    @TempDir
    Path dir;

    @Test
    void exportDialogPreviewsAndWritesTheChosenFile() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        try (GuiSession s = GuiSession.start(db)) {
            assertEquals(1, s.current(), "the window opens past the excluded site banner");
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            s.robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
            s.waitUntil(() -> s.robot.lookup("#export-preview").tryQuery().isPresent());
            TextArea preview = s.robot.lookup("#export-preview").queryAs(TextArea.class);
            s.waitUntil(() -> preview.getText().startsWith("{\"doc_id\":1"));
            assertEquals(12, preview.getText().split("\n").length, "the first lines only");

            Path target = dir.resolve("out.jsonl");
            TextField where = s.robot.lookup("#export-target").queryAs(TextField.class);
            s.robot.interact(() -> where.setText(target.toString()));
            s.robot.clickOn("Export");
            Label message = s.robot.lookup("#export-message").queryAs(Label.class);
            s.waitUntil(() -> message.getText().startsWith("Exported"));

            List<String> lines = Files.readAllLines(target);
            assertEquals(s.count("SELECT count(*) FROM sentences WHERE idx IS NOT NULL AND excluded = 0"), lines.size(),
                    "every sentence but the excluded web residue");
            assertTrue(lines.get(0).contains("\"label\":\"Claim\""), lines.get(0));
            assertTrue(message.getText().contains(target.toString()), message.getText());
            // Close it, or the next test's keys would go to this dialog.
            s.robot.clickOn("Close");
            s.waitUntil(() -> s.robot.lookup("#export-preview").tryQuery().isEmpty());
        }
    }

    @Test
    void labelChecksFilterThePreviewAndAWrongSeedIsMarkedWhereTyped() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2);
            s.waitSaved();
            s.robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
            s.waitUntil(() -> s.robot.lookup("#export-preview").tryQuery().isPresent());
            TextArea preview = s.robot.lookup("#export-preview").queryAs(TextArea.class);
            s.waitUntil(() -> preview.getText().startsWith("{\"doc_id\":1"));

            s.robot.clickOn("Untagged sentences (label null)");
            // The labels are a ControlsFX CheckComboBox: open it and tick Response.
            s.robot.clickOn("#export-labels");
            var response = s.robot.lookup(".check-box").queryAllAs(javafx.scene.control.CheckBox.class).stream()
                    .filter(c -> c.getParent() instanceof javafx.scene.control.ListCell<?> cell
                            && "Response".equals(cell.getText())).findFirst().orElseThrow();
            s.robot.clickOn(response);
            s.robot.clickOn("#export-labels"); // closes the list again
            s.waitUntil(() -> preview.getText().lines().allMatch(l -> l.contains("\"label\":\"Response\"")));
            assertEquals(1, preview.getText().lines().count(), "the one sentence tagged Response");

            TextField seed = s.robot.lookup("#export-seed").queryAs(TextField.class);
            assertTrue(!seed.getStyleClass().contains("error"), "no split, nothing to check");
            s.robot.clickOn("Split by article into train/dev/test");
            s.robot.doubleClickOn(seed).write("x7");
            s.waitUntil(() -> seed.getStyleClass().contains("error"));
            s.waitUntil(() -> preview.getText().startsWith("The seed is a whole number"));
            s.robot.interact(() -> seed.setText("7"));
            s.waitUntil(() -> !seed.getStyleClass().contains("error"));
            s.robot.clickOn("Close");
            s.waitUntil(() -> s.robot.lookup("#export-preview").tryQuery().isEmpty());
        }
    }
}
