package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.ui.DocumentRow;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's "Assigned to me" and the agreement view's "Only doubly-coded documents", in the real window. */
class AssignmentGuiTest {
    @TempDir
    Path dir;

    private static List<Long> ids(ListView<DocumentRow> list) {
        return list.getItems().stream().map(DocumentRow::id).toList();
    }

    @Test
    void assignedToMeShowsOnlyMyQueueAndTaggingThereIsStored() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().switchAnnotator("ana");
            ws.assignments().assign(List.of("ana"), 1, 1, List.of(1L));
            ws.assignments().assign(List.of("ben"), 1, 1, List.of(2L));
        }
        try (GuiSession s = GuiSession.start(db)) {
            @SuppressWarnings("unchecked")
            ListView<DocumentRow> list = s.robot.lookup("#library-list").queryAs(ListView.class);
            assertTrue(ids(list).size() >= 2, ids(list).toString());
            assertEquals(java.util.Set.of(1L), s.app.workspace().assignments().assignedToMe());
            long mine = 1L;

            s.robot.clickOn("#library-state");
            s.robot.clickOn(s.robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> "Assigned to me".equals(c.getText())).findFirst().orElseThrow());

            s.waitUntil(() -> ids(list).equals(List.of(mine)));
            s.robot.clickOn(s.robot.lookup("#library-list .list-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> c.getItem() != null).findFirst().orElseThrow());
            s.waitUntil(() -> s.window().tagging().documentProperty().get() != null && s.window().tagging().documentProperty().get().id() == mine);
            s.robot.interact(() -> s.window().focusArticleNow());
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            assertEquals(1, s.count("SELECT count(*) FROM tags t JOIN sentences s ON s.id = t.sentence_id"
                    + " JOIN annotators a ON a.id = t.annotator_id WHERE a.name = 'ana' AND s.document_id = " + mine));
            @SuppressWarnings("unchecked")
            ComboBox<Object> state = s.robot.lookup("#library-state").queryAs(ComboBox.class);
            assertEquals("Assigned to me", state.getValue().toString());
        }
    }

    @Test
    void withNothingAssignedTheListSaysHowWorkIsGivenOut() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000);
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().switchAnnotator("ana");
            ws.assignments().assign(List.of("ben"), 1, 1, List.of(1L));
        }
        try (GuiSession s = GuiSession.start(db)) {
            @SuppressWarnings("unchecked")
            ListView<DocumentRow> list = s.robot.lookup("#library-list").queryAs(ListView.class);
            s.robot.clickOn("#library-state");
            s.robot.clickOn(s.robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> "Assigned to me".equals(c.getText())).findFirst().orElseThrow());

            s.waitUntil(() -> list.getItems().isEmpty());
            Label placeholder = s.robot.lookup("#library-nothing-assigned").queryAs(Label.class);
            assertTrue(placeholder.isVisible() && placeholder.getText().contains("sentag assign"), placeholder.getText());
        }
    }

    /** The figure a dialog row shows, by its name. */
    private static String shown(GuiSession s, String name) {
        return s.robot.lookup(".agreement-value").queryAllAs(Label.class).stream()
                .filter(l -> name.equals(l.getUserData())).findFirst().map(Label::getText).orElse("");
    }

    @Test
    void theDoublyCodedSwitchLimitsTheAgreementToDocumentsTwoAnnotatorsFinished() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        int sentences;
        try (Workspace ws = Workspace.open(db)) {
            sentences = ws.annotation().open(2).orElseThrow().sentences().size();
            int firstKept = ws.annotation().open(1).orElseThrow().sentences().stream()
                    .filter(x -> !x.excluded()).findFirst().orElseThrow().index();
            for (String who : List.of("ana", "ben")) {
                ws.annotation().actAs(who);
                for (int i = 0; i < sentences; i++) { // document 2 in full: ana all Claim, ben Claim but the last
                    ws.annotation().tag(2, i, who.equals("ben") && i == sentences - 1 ? "Response" : "Claim");
                }
                ws.annotation().tag(1, firstKept, who.equals("ana") ? "Claim" : "Response"); // document 1 only begun
            }
        }
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
            s.waitUntil(() -> !shown(s, "Units").isEmpty());
            var all = s.app.workspace().agreement().report(List.of(), List.of(), List.of());
            assertEquals(sentences + 1, all.pairableUnits(), "document 2 and one sentence of document 1");
            assertEquals(all.pairableUnits() + " of " + all.units() + " sentences", shown(s, "Units"));

            s.robot.clickOn("#agreement-doubly-coded .thumb-area");

            // Document 2 alone: every sentence both labelled, all but one agreed.
            s.waitUntil(() -> shown(s, "Units").equals(sentences + " of " + sentences + " sentences"));
            assertEquals(String.format(Locale.ROOT, "%.3f", (sentences - 1) / (double) sentences),
                    shown(s, "Observed agreement"));
            assertEquals(List.of(2L), s.app.workspace().agreement().doublyCoded(List.of(), List.of()));
        }
    }
}
