package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Merge and split from the keyboard in the real window, checked in the database file. */
class SentenceRepairGuiTest {
    @TempDir
    Path dir;

    private GuiSession start() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000);
        // These tests repair the first two sentences, reached with K; the banner (sentence 0) is imported
        // excluded and K skips excluded sentences, so include it first, as a user would with X.
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().setExcluded(ws.annotation().open(1).orElseThrow().sentences().get(0).id(), false);
        }
        return GuiSession.start(db);
    }

    private static List<String> texts(GuiSession s) {
        return s.window().tagging().rows().stream().map(r -> r.sentence().text()).toList();
    }

    @Test
    void ctrlMMergesWithTheNextSentenceAndCtrlZBringsBothBack() throws Exception {
        try (GuiSession s = start()) {
            List<String> before = texts(s);
            s.robot.type(KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.K, KeyCode.K);
            s.robot.push(KeyCode.CONTROL, KeyCode.M);
            s.waitUntil(() -> texts(s).size() == before.size() - 1);
            assertEquals(Map.of(0, "Claim"), s.storedLabels(1), "the shared tag is kept");
            assertEquals(before.get(0) + "\n\n" + before.get(1), texts(s).get(0));
            assertEquals(0, s.current());
            long included = s.window().tagging().rows().stream().filter(r -> !r.sentence().excluded()).count();
            assertEquals(included, s.window().library().find(1).orElseThrow().sentences(), "residue is not counted");

            s.robot.push(KeyCode.CONTROL, KeyCode.Z);
            s.waitUntil(() -> texts(s).equals(before));
            assertEquals(Map.of(0, "Claim", 1, "Claim"), s.storedLabels(1));
        }
    }

    @Test
    void mergingDifferentlyTaggedSentencesAsksForTheLabel() throws Exception {
        try (GuiSession s = start()) {
            s.robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.K, KeyCode.K);
            s.robot.push(KeyCode.CONTROL, KeyCode.M);
            s.waitUntil(() -> s.robot.lookup(".choice-dialog").tryQuery().isPresent());
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> s.storedLabels(1).equals(Map.of(0, "Claim")));
            assertEquals(1, s.count("SELECT count(*) FROM tag_history WHERE action = 'merge'"));
        }
    }

    @Test
    void mergingSentencesAnotherAnnotatorTaggedAsksFirstNamingThem() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000);
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().actAs("ana");
            ws.annotation().tag(1, 3, "claim");
        }
        try (GuiSession s = GuiSession.start(db)) {
            int before = texts(s).size();
            s.robot.interact(() -> s.window().tagging().moveTo(2));
            s.robot.push(KeyCode.CONTROL, KeyCode.M);
            s.waitUntil(() -> s.robot.lookup(".repair-confirm").tryQuery().isPresent());
            var pane = s.robot.lookup(".repair-confirm").queryAs(javafx.scene.control.DialogPane.class);
            assertEquals("ana has tagged these sentences.", pane.getHeaderText());
            s.robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
            s.waitUntil(() -> s.robot.lookup(".repair-confirm").tryQuery().isEmpty());
            assertEquals(before, (int) WaitForAsyncUtils.asyncFx(() -> texts(s).size()).get(), "cancelled: nothing merged");
            assertEquals(0, s.count("SELECT count(*) FROM tag_history WHERE action = 'merge'"));

            s.robot.push(KeyCode.CONTROL, KeyCode.M);
            s.waitUntil(() -> s.robot.lookup(".repair-confirm").tryQuery().isPresent());
            s.robot.clickOn(s.robot.lookup(".repair-confirm").queryAs(javafx.scene.control.DialogPane.class)
                    .lookupButton(javafx.scene.control.ButtonType.OK));
            s.waitUntil(() -> s.count("SELECT count(*) FROM tag_history WHERE action = 'merge'") == 1);
            s.waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> texts(s).size()).get() == before - 1);
            assertEquals(1, s.count("SELECT count(*) FROM tag_history WHERE action = 'merge' AND affected = 'ana'"));
        }
    }

    @Test
    void ctrlShiftSSplitsWhereTheCaretIsAndBothPartsKeepTheTag() throws Exception {
        try (GuiSession s = start()) {
            s.robot.type(KeyCode.DIGIT3, KeyCode.K);
            String first = texts(s).get(0);
            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
            s.waitUntil(() -> s.robot.lookup(".split-editor").tryQuery().isPresent());
            s.robot.type(KeyCode.HOME);
            for (int i = 0; i < 10; i++) {
                s.robot.type(KeyCode.RIGHT);
            }
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> texts(s).size() == 36);
            assertEquals(List.of(first.substring(0, 10).strip(), first.substring(10)), texts(s).subList(0, 2));
            assertEquals(Map.of(0, "Background", 1, "Background"), s.storedLabels(1));
            assertTrue(s.window().tagging().rows().get(1).sentence().text().startsWith("to Global"));

            s.robot.push(KeyCode.CONTROL, KeyCode.Z);
            s.waitUntil(() -> texts(s).size() == 35);
            assertEquals(first, texts(s).get(0));
        }
    }
}
