package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.export.OffsetUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Export… offers doccano's offset units, and the file written counts in the one chosen. */
class DoccanoOffsetsGuiTest {
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    private static final String ARTICLE = "Family " + FAMILY + " reunion draws crowds\n\nThe family " + FAMILY
            + " gathered on Sunday. Everyone \uD83D\uDE00 came early.\n";

    @TempDir
    Path dir;

    @Test
    void theExportDialogWritesDoccanoOffsetsInTheChosenUnit() throws Exception {
        Path db = dir.resolve("sentag.db");
        Path article = Files.writeString(dir.resolve("family.txt"), ARTICLE, StandardCharsets.UTF_8);
        GuiSession.importBeforeStart(db, article);
        try (GuiSession s = GuiSession.start(db)) {
            assertEquals(0, s.current());
            s.robot.type(KeyCode.J).type(KeyCode.J);
            s.waitUntil(() -> s.current() == 2);
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            assertEquals(Map.of(2, "Claim"), s.storedLabels(1));

            s.robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
            s.waitUntil(() -> s.robot.lookup("#export-format").tryQuery().isPresent());
            s.robot.clickOn("#export-format");
            s.robot.clickOn("doccano — doccano JSONL (sequence labelling or classification)");
            ChoiceBox<?> offsets = s.robot.lookup("#export-doccano-offsets").queryAs(ChoiceBox.class);
            s.waitUntil(() -> !offsets.isDisabled());
            assertEquals(OffsetUnit.UTF16, offsets.getValue(), "UTF-16 unless chosen otherwise");
            s.robot.clickOn(offsets);
            s.robot.clickOn(OffsetUnit.GRAPHEMES.toString());
            s.waitUntil(() -> offsets.getValue() == OffsetUnit.GRAPHEMES);

            Path target = dir.resolve("doccano.jsonl");
            TextField where = s.robot.lookup("#export-target").queryAs(TextField.class);
            s.robot.interact(() -> where.setText(target.toString()));
            s.robot.clickOn("Export");
            Label message = s.robot.lookup("#export-message").queryAs(Label.class);
            s.waitUntil(() -> message.getText().startsWith("Exported"));
            s.robot.clickOn("Close");
            s.waitUntil(() -> s.robot.lookup("#export-preview").tryQuery().isEmpty());

            List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
            ObjectMapper json = new ObjectMapper();
            JsonNode ours = null;
            for (String line : lines) {
                JsonNode n = json.readTree(line);
                if (n.get("text").asText().equals(ARTICLE)) {
                    ours = n;
                }
            }
            assertTrue(ours != null, "the family article is exported: " + lines);
            JsonNode span = ours.get("label").get(0);
            // By hand: the title line is 29 clusters, two line breaks, the second sentence 32 clusters (the
            // family is one), a space; "Everyone 😀 came early." is 22 clusters. In UTF-16 it would be 84-107.
            assertEquals(List.of(64, 86, "Claim"), List.of(span.get(0).asInt(), span.get(1).asInt(), span.get(2).asText()));
            assertEquals(article.toAbsolutePath().toString(), ours.get("source").asText());
        }
    }
}
