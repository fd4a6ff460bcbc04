package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Far down a long article the view scrolls by estimated paragraph heights: moving the cursor there must still end with
 * the sentence on screen (the bench's long-article probe once found the cursor on the last of 10,656 sentences and the
 * view elsewhere). Each jump is checked against the article's own bounds on the screen, after the window has settled.
 */
class LongArticleRevealGuiTest {
    @TempDir
    Path dir;

    @Test
    void jumpsFarDownALongArticleLeaveTheSentenceOnScreen() throws Exception {
        Path db = dir.resolve("sentag.db");
        Path article = dir.resolve("long.txt");
        // The benchmark's 1 MB article (10,656 sentences): the probe's sequence hung on it in 2 of 3 app starts.
        Files.writeString(article, new dev.sentag.perf.SyntheticCorpus(1).longArticle(1_000_000));
        GuiSession.importBeforeStart(db, article);
        try (GuiSession s = GuiSession.start(db)) {
            int count = s.window().tagging().rows().size();
            assertTrue(count > 10_000, "sentences: " + count);
            for (int target : new int[] {count - 1, count / 2, count - 40, 0, count - 1}) {
                s.robot.interact(() -> s.window().tagging().moveTo(target));
                s.waitUntil(() -> onScreen(s, target));
                assertEquals(target, s.window().tagging().currentProperty().get());
            }
        }
    }

    /** Whether sentence {@code index} starts inside the article's visible area. */
    private static boolean onScreen(GuiSession s, int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var bounds = s.window().sentenceBounds(index);
            var area = s.robot.lookup(".article").queryAs(StyleClassedTextArea.class);
            Bounds view = area.localToScreen(area.getBoundsInLocal());
            return bounds.isPresent() && view != null && bounds.get().getMinY() >= view.getMinY()
                    && bounds.get().getMaxY() <= view.getMaxY();
        }).get();
    }
}
