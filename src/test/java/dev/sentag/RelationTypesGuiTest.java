package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Link types" part of Edit → Codebook…, and linking with a new type by L and its key, on the real window. */
class RelationTypesGuiTest {
    @TempDir
    Path dir;

    private static void openCodebook(GuiSession s) throws Exception {
        s.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.CONTROL);
        s.waitUntil(() -> s.robot.lookup("#codebook-tabs .tab").queryAll().size() == 2);
        s.robot.clickOn(s.robot.lookup("#codebook-tabs .tab").nth(1).queryAs(javafx.scene.Node.class));
        s.waitUntil(() -> s.robot.lookup("#relation-types").tryQuery().isPresent()
                && !s.robot.lookup("#relation-types").queryAs(ListView.class).getItems().isEmpty());
    }

    private static void closeCodebook(GuiSession s) throws Exception {
        s.robot.clickOn("Close");
        s.robot.interact(() -> s.window().focusArticleNow());
        s.waitUntil(() -> s.window().readyForKeys());
    }

    private static void choose(GuiSession s, String name) throws Exception {
        s.waitUntil(() -> s.robot.lookup("#relation-types .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> c.getGraphic() instanceof Label l && l.getText().endsWith(" " + name)));
        s.robot.clickOn(s.robot.lookup("#relation-types .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getGraphic() instanceof Label l && l.getText().endsWith(" " + name))
                .findFirst().orElseThrow());
    }

    private static void typeInto(GuiSession s, String id, String text) {
        TextInputControl field = s.robot.lookup(id).queryAs(TextInputControl.class);
        s.robot.interact(field::clear);
        s.robot.clickOn(field).write(text);
    }

    private static String message(GuiSession s) {
        return s.robot.lookup("#codebook-message").queryAs(Label.class).getText();
    }

    private static String linkHint(GuiSession s) {
        return s.robot.lookup(".others-hint").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.startsWith("Linking from")).findFirst().orElse("");
    }

    @Test
    void addATypeLinkWithItByLAndItsKeyRenameItAndRetireIsRefusedWhileInUse() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000);
        try (GuiSession s = GuiSession.start(db)) {
            openCodebook(s);
            typeInto(s, "#relation-name", "supports");
            typeInto(s, "#relation-key", "s");
            s.robot.clickOn("#relation-add");
            s.waitUntil(() -> s.count("SELECT count(*) FROM relation_types WHERE name = 'supports' AND key = 's'"
                    + " AND retired = 0") == 1);
            s.waitUntil(() -> message(s).equals("Added the link type supports."));
            assertEquals("add link type supports (key s, #E69F00)",
                    s.robot.lookup("#codebook-versions").queryAs(ListView.class).getItems().get(0).toString()
                            .replaceAll("^.*   ", ""), "the change is a codebook version");
            closeCodebook(s);

            s.robot.interact(() -> s.window().tagging().moveTo(13));
            s.waitUntil(() -> s.current() == 13);
            // L starts the link (responds_to first); S chooses the new type once the window has read it.
            s.waitUntil(() -> {
                s.robot.type(KeyCode.L, KeyCode.S);
                if (linkHint(s).contains("(supports)")) {
                    return true;
                }
                s.robot.type(KeyCode.ESCAPE);
                return false;
            });
            s.robot.type(KeyCode.DIGIT4, KeyCode.ENTER);
            s.waitSaved();
            assertEquals(1, s.count("""
                    SELECT count(*) FROM links l JOIN relation_types r ON r.id = l.relation_type_id
                    JOIN sentences f ON f.id = l.from_sentence_id JOIN sentences t ON t.id = l.to_sentence_id
                    WHERE r.name = 'supports' AND f.idx = 13 AND t.idx = 3"""));

            openCodebook(s);
            choose(s, "supports");
            s.robot.clickOn("#relation-retire");
            s.waitUntil(() -> message(s).contains("used by 1 link(s)"));
            assertEquals(0, s.count("SELECT retired FROM relation_types WHERE name = 'supports'"));

            choose(s, "supports");
            typeInto(s, "#relation-name", "backs");
            s.robot.clickOn("#relation-rename");
            s.waitUntil(() -> s.count("SELECT count(*) FROM relation_types WHERE name = 'backs'") == 1);
            assertEquals(1, s.count("""
                    SELECT count(*) FROM links l JOIN relation_types r ON r.id = l.relation_type_id
                    WHERE r.name = 'backs'"""), "the link kept its renamed type");

            choose(s, "backs");
            typeInto(s, "#relation-key", "j");
            s.robot.clickOn("#relation-rekey");
            s.waitUntil(() -> message(s).contains("J and K move the cursor"));
            typeInto(s, "#relation-key", "b");
            s.robot.clickOn("#relation-rekey");
            s.waitUntil(() -> s.count("SELECT count(*) FROM relation_types WHERE name = 'backs' AND key = 'b'") == 1);

            choose(s, "responds_to");
            s.robot.clickOn("#relation-retire");
            s.waitUntil(() -> s.count("SELECT retired FROM relation_types WHERE name = 'responds_to'") == 1);
            s.waitUntil(() -> s.robot.lookup("#relation-types").queryAs(ListView.class).getItems().size() == 1);
        }
    }
}
