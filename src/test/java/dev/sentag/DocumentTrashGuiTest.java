package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting an article to the trash and back, renaming it, its details, and the library list's highlight. */
class DocumentTrashGuiTest {
    @TempDir
    Path dir;

    private GuiSession twoArticles() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        return GuiSession.start(db);
    }

    private static long openId(GuiSession s) {
        var d = s.window().tagging().documentProperty().get();
        return d == null ? -1 : d.id();
    }

    @SuppressWarnings("unchecked")
    private static ListView<dev.sentag.ui.DocumentRow> list(GuiSession s) {
        return s.robot.lookup("#library-list").queryAs(ListView.class);
    }

    @Test
    void deletingTheOpenArticleKeepsItsTagsInTheTrashAndUndoBringsItBack() throws Exception {
        try (GuiSession s = twoArticles()) {
            assertEquals(1, openId(s));
            int before = s.window().library().documents().size();
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();

            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE);
            s.waitUntil(() -> s.window().library().documents().size() == before - 1 && openId(s) == 2);
            assertEquals(1, s.count("SELECT count(*) FROM documents WHERE id = 1 AND deleted_at IS NOT NULL"));
            assertEquals(1, s.count("SELECT count(*) FROM tags t JOIN sentences x ON x.id = t.sentence_id WHERE x.document_id = 1"),
                    "the tag stays with the document in the trash");
            assertTrue(s.window().library().noticeProperty().get().contains("is in the trash"));
            assertEquals(2, list(s).getSelectionModel().getSelectedItem().id());

            s.robot.push(KeyCode.CONTROL, KeyCode.Z);
            s.waitUntil(() -> s.window().library().documents().size() == before && openId(s) == 1);
            assertEquals(0, s.count("SELECT count(*) FROM documents WHERE deleted_at IS NOT NULL"));
            s.waitUntil(() -> s.window().tagging().taggedProperty().get() == 1);
        }
    }

    @Test
    void renamingFromTheMenuChangesTheTitleEverywhere() throws Exception {
        try (GuiSession s = twoArticles()) {
            s.robot.push(KeyCode.F2);
            s.waitUntil(() -> s.robot.lookup(".rename-dialog .text-field").tryQuery().isPresent());
            TextField title = s.robot.lookup(".rename-dialog .text-field").queryAs(TextField.class);
            s.robot.interact(() -> title.setText("Missile programme"));
            s.robot.type(KeyCode.ENTER);

            s.waitUntil(() -> s.window().library().find(1).map(r -> r.title().equals("Missile programme")).orElse(false));
            assertEquals(1, s.count("SELECT count(*) FROM documents WHERE id = 1 AND title = 'Missile programme'"));
            s.waitUntil(() -> list(s).getSelectionModel().getSelectedItem() != null
                    && list(s).getSelectionModel().getSelectedItem().title().equals("Missile programme"));
        }
    }

    @Test
    void theDetailsShowWhereTheArticleCameFrom() throws Exception {
        try (GuiSession s = twoArticles()) {
            s.robot.push(KeyCode.CONTROL, KeyCode.I);
            s.waitUntil(() -> s.robot.lookup(".details-dialog").tryQuery().isPresent());
            DialogPane pane = s.robot.lookup(".details-dialog").queryAs(DialogPane.class);
            String shown = s.robot.from(pane).lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                    .map(javafx.scene.control.Label::getText).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(shown.contains("Source") && shown.contains("000_ecdcd8510cd06f5c.txt"), shown);
            assertTrue(shown.contains("URL") && shown.contains("Date") && shown.contains("Imported"), shown);
            s.robot.type(KeyCode.ENTER);
        }
    }

    private static long freshId(GuiSession s) throws Exception {
        return s.count("SELECT max(id) FROM documents");
    }

    @Test
    void importingWithAFilterTypedNeverHighlightsAnotherArticleThanTheOneShown() throws Exception {
        Path fresh = dir.resolve("fresh.txt");
        Files.writeString(fresh, "A brand new article\n\nSomething happened today. Officials said little.\n");
        try (GuiSession s = twoArticles()) {
            TextField filter = s.robot.lookup(".library .text-field").queryAs(TextField.class);
            s.robot.interact(() -> filter.setText("pakistan"));
            s.waitUntil(() -> list(s).getItems().size() >= 1);

            s.robot.interact(() -> s.window().importFiles(List.of(fresh)));
            s.waitUntil(() -> s.window().articleText().startsWith("A brand new article"));
            assertEquals(freshId(s), openId(s));

            s.waitUntil(() -> list(s).getSelectionModel().getSelectedItem() != null
                    && list(s).getSelectionModel().getSelectedItem().id() == freshId(s));
        }
    }
}
