package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article opens past its excluded banner; X excludes or includes the current sentence; J/K step over excluded sentences; Ctrl+Z reverses X. */
class ExclusionGuiTest {
    @TempDir
    Path dir;

    private static boolean excluded(GuiSession s, int index) {
        return s.window().tagging().rows().get(index).sentence().excluded();
    }

    @Test
    void xExcludesTheSentenceKeysSkipItAndCtrlZIncludesItAgain() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000);
        try (GuiSession s = GuiSession.start(db)) {
            assertTrue(excluded(s, 0), "the site banner is imported excluded");
            assertEquals(1, s.current(), "the article opens on its first sentence of text, not on the banner");
            s.robot.type(KeyCode.K);
            assertEquals(1, s.current(), "K does not step onto the excluded banner");

            s.robot.type(KeyCode.X);
            s.waitUntil(() -> excluded(s, 1));
            s.waitUntil(() -> s.current() == 1);
            s.robot.type(KeyCode.J, KeyCode.K);
            assertEquals(2, s.current(), "K steps over both excluded sentences, so stays");

            s.robot.push(KeyCode.CONTROL, KeyCode.Z);
            s.waitUntil(() -> !excluded(s, 1));
            s.robot.type(KeyCode.J, KeyCode.K, KeyCode.K);
            assertEquals(1, s.current());
        }
    }
}
