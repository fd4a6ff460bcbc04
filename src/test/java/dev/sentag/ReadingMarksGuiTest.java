package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.Collection;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** What the reading column and sidebar show: the sentence number, notes, neighbours, and zooming. */
class ReadingMarksGuiTest {
    @TempDir
    Path dir;

    private GuiSession start() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_003);
        return GuiSession.start(db);
    }

    private static Collection<String> style(GuiSession s, int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var area = s.robot.lookup(".article").queryAs(StyleClassedTextArea.class);
            return area.getStyleOfChar(s.window().tagging().rows().get(index).sentence().start() + 1);
        }).get();
    }

    @Test
    void theSidebarShowsTheCommandLineIndexBesideTheCount() throws Exception {
        try (GuiSession s = start()) {
            s.robot.interact(() -> s.window().tagging().moveTo(4));
            var position = s.robot.lookup(".sidebar .pane-header").queryAs(javafx.scene.control.Label.class);
            s.waitUntil(() -> position.getText().startsWith("SENTENCE 5 / "));
            assertTrue(position.getText().endsWith("·  INDEX 4"), position.getText());
            try (Workspace ws = Workspace.open(s.db)) {
                String text = ws.annotation().open(1).orElseThrow().sentences().get(4).text();
                assertEquals(text, s.window().tagging().currentRow().orElseThrow().sentence().text(),
                        "INDEX 4 is what 'sentag show 1' lists as 4");
            }
        }
    }

    @Test
    void neighboursWithTheSameLabelAreTintedApartAndANotedSentenceIsMarked() throws Exception {
        try (GuiSession s = start()) {
            s.robot.interact(() -> s.window().tagging().moveTo(2));
            s.robot.type(KeyCode.DIGIT1, KeyCode.DIGIT1);
            s.waitSaved();
            assertTrue(style(s, 2).contains("alt") != style(s, 3).contains("alt"), style(s, 2) + " " + style(s, 3));

            s.robot.interact(() -> s.window().tagging().moveTo(5));
            s.robot.type(KeyCode.ENTER);
            var note = s.robot.lookup(".sidebar .text-area").queryAs(javafx.scene.control.TextArea.class);
            s.waitUntil(note::isFocused);
            s.robot.write("first line");
            s.robot.push(KeyCode.SHIFT, KeyCode.ENTER);
            s.robot.write("second line");
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            assertEquals(1, s.count("SELECT count(*) FROM tags WHERE note = 'first line' || char(10) || 'second line'"));
            assertFalse(style(s, 5).contains("noted"), "the current outline comes first");
            s.robot.type(KeyCode.J);
            s.waitUntil(() -> style(s, 5).contains("noted"));
            assertFalse(style(s, 4).contains("noted"));
        }
    }

    @Test
    void zoomingKeepsTheCurrentSentenceInView() throws Exception {
        try (GuiSession s = start()) {
            int target = s.window().tagging().rows().size() - 3;
            s.robot.interact(() -> s.window().tagging().moveTo(target));
            s.waitUntil(() -> inView(s, target));
            for (int i = 0; i < 8; i++) {
                s.robot.push(KeyCode.CONTROL, KeyCode.ADD);
            }
            s.waitUntil(() -> inView(s, target));
            for (int i = 0; i < 14; i++) {
                s.robot.push(KeyCode.CONTROL, KeyCode.SUBTRACT);
            }
            s.waitUntil(() -> inView(s, target));
        }
    }

    private static boolean inView(GuiSession s, int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var area = s.robot.lookup(".article").queryAs(StyleClassedTextArea.class);
            var view = area.localToScreen(area.getBoundsInLocal());
            return s.window().sentenceBounds(index).map(b -> b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY())
                    .orElse(false);
        }).get();
    }
}
