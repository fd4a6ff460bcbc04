package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.model.TeamRole;
import dev.sentag.pg.PostgresServer;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Switch annotator… in a team library, where the annotator is the login: one line says so and how to tag as
 * someone else, nothing is written, and tagging afterwards is still in the login's name.
 */
class TeamSwitchAnnotatorGuiTest {
    @TempDir
    Path dir;

    @Test
    void switchAnnotatorInATeamLibraryExplainsInOneLineThatTheLoginIsTheAnnotator() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        String login = "sam_" + database;
        try (Workspace admin = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
            admin.team().init();
            admin.team().add(login, TeamRole.ANNOTATOR, "sam-pw".toCharArray());
            admin.imports().importPasted("A title\n\nThe minister said the plan works. Critics said it does not.", "One");
        }
        server.rememberPassword(login, "sam-pw");
        int annotatorsBefore = annotators(server, database);
        FxRobot robot = new FxRobot();
        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(() -> new App(server.url(login, database), dir));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null && app.window().readyProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            String greeting = app.window().library().noticeProperty().get();
            assertEquals("Tagging as " + login + ", your login to the team library", greeting,
                    "a team library does not offer File → Switch annotator as the greeting");
            robot.clickOn(labeled(robot, "File"));
            robot.clickOn(labeled(robot, "Switch annotator…"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".info-dialog").tryQuery().isPresent());
            DialogPane pane = robot.lookup(".info-dialog").queryAs(DialogPane.class);
            String said = pane.getHeaderText();
            assertEquals(1, said.lines().count(), said);
            assertTrue(said.contains("you tag as your login, " + login) && said.contains("open the library with their login"),
                    said);
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".info-dialog").tryQuery().isEmpty());
            assertTrue(robot.lookup(".annotator-dialog").tryQuery().isEmpty(), "no name is asked for");
            assertEquals(login, app.window().library().annotatorProperty().get());

            robot.interact(() -> app.window().focusArticleNow());
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window().readyForKeys());
            robot.type(KeyCode.DIGIT1);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !app.window().tagging().status().isPending());
            try (var c = server.superuser(database); var rs = c.createStatement().executeQuery(
                    "SELECT a.name FROM tags t JOIN annotators a ON a.id = t.annotator_id")) {
                assertTrue(rs.next());
                assertEquals(login, rs.getString(1));
            }
            assertEquals(annotatorsBefore, annotators(server, database), "no annotator was added");
        } finally {
            robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                    .filter(w -> w instanceof javafx.stage.Stage st && st.getOwner() != null)
                    .forEach(w -> ((javafx.stage.Stage) w).close()));
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private static int annotators(PostgresServer server, String database) throws java.sql.SQLException {
        try (var c = server.superuser(database); var rs = c.createStatement().executeQuery("SELECT count(*) FROM annotators")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The showing control whose text (without mnemonic marks) is {@code text}. */
    private static Node labeled(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(String.valueOf(l.getText()).replace("_", ""))
                && n.getScene() != null && n.getScene().getWindow().isShowing()).queryAs(Node.class);
    }
}
