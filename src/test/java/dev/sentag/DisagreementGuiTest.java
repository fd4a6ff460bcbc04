package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** D walks the sentences where annotators disagree; the sidebar shows the others' labels side by side. */
class DisagreementGuiTest {
    @TempDir
    Path dir;

    @Test
    void dJumpsToTheNextDisagreementAndTheSidebarShowsEveryonesLabel() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_003);
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().actAs("ana");
            ws.annotation().tag(1, 2, "Claim");
            ws.annotation().tag(1, 5, "Claim");
            ws.annotation().tag(1, 8, "Response");
            ws.annotation().actAs("ben");
            ws.annotation().tag(1, 2, "Claim");
            ws.annotation().tag(1, 5, "Background");
            ws.annotation().note(ws.annotation().open(1).orElseThrow().sentences().get(5).id(), "history, not a claim");
            ws.annotation().tag(1, 8, "Claim");
        }
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.type(KeyCode.D);
            assertEquals(5, s.current(), "sentence 2 is agreed on, 5 is not");
            Label others = s.robot.lookup(".other-annotators").queryAs(Label.class);
            s.waitUntil(others::isVisible);
            assertEquals("ana: Claim\nben: Background — history, not a claim", others.getText());
            s.robot.type(KeyCode.D);
            assertEquals(8, s.current());
            s.robot.type(KeyCode.D);
            assertEquals(5, s.current(), "wraps round");

            // The user's own label counts too: a label on sentence 3 that no one else gave is no dispute, a
            // different label on the agreed sentence 2 is one.
            s.robot.interact(() -> s.window().tagging().moveTo(3));
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            s.robot.interact(() -> s.window().tagging().moveTo(2));
            s.robot.type(KeyCode.DIGIT2);
            s.waitSaved();
            s.robot.interact(() -> s.window().tagging().moveTo(0));
            s.robot.type(KeyCode.D);
            assertEquals(2, s.current());
            assertTrue(s.window().tagging().rows().get(2).disputed());
        }
    }
}
