package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.model.TeamRole;
import dev.sentag.pg.PostgresServer;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team library: a login whose password is in neither PGPASSWORD nor ~/.pgpass is asked for it in
 * the window; the library opens as that annotator, a label key tags in their name on the server, and the password is
 * in none of the files Sentag keeps.
 */
class TeamWindowGuiTest {
    @TempDir
    Path dir;

    @Test
    void passwordIsAskedInTheWindowAndTagsAreTheLoginsAndNothingKeepsThePassword() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        String login = "pam_" + database;
        String password = "pam's secret \"pw\"";
        try (Workspace admin = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
            admin.team().init();
            admin.team().add(login, TeamRole.ANNOTATOR, password.toCharArray());
            admin.imports().importFile(GuiSession.SEED_000);
        }
        FxRobot robot = new FxRobot();
        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(() -> new App(server.url(login, database), dir));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#team-password").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#team-password").write(password).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null && app.window().readyProperty().get());
            robot.interact(() -> app.window().focusArticleNow());
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window().readyForKeys());
            assertTrue(((Stage) app.window().scene().getWindow()).getTitle().contains(login + "@127.0.0.1"));
            robot.type(KeyCode.DIGIT1);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !app.window().tagging().status().isPending());
            try (var c = server.superuser(database); var rs = c.createStatement().executeQuery("""
                    SELECT a.name, l.name FROM tags t JOIN annotators a ON a.id = t.annotator_id
                    JOIN labels l ON l.id = t.label_id""")) {
                assertTrue(rs.next());
                assertEquals(List.of(login, "Claim"), List.of(rs.getString(1), rs.getString(2)));
                assertFalse(rs.next());
            }
        } finally {
            robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                    .filter(w -> w instanceof Stage st && st.getOwner() != null).forEach(w -> ((Stage) w).close()));
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        try (Stream<Path> kept = Files.walk(dir)) {
            for (Path f : kept.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains(password) || Files.readString(f).contains("secret"), f.toString());
            }
        }
        try (var c = server.superuser(database); var rs = c.createStatement().executeQuery("SELECT value FROM settings")) {
            while (rs.next()) {
                assertFalse(rs.getString(1).contains("secret"), rs.getString(1));
            }
        }
    }

    @Test
    void fileOpenTeamLibrarySwitchesFromAFileToTheServerByUrl() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        String login = "tom_" + database;
        try (Workspace admin = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
            admin.team().init();
            admin.team().add(login, TeamRole.ANNOTATOR, "tom-pw".toCharArray());
            admin.imports().importFile(GuiSession.SEED_003);
        }
        server.rememberPassword(login, "tom-pw");
        Path file = dir.resolve("solo.db");
        GuiSession.importBeforeStart(file, GuiSession.SEED_000);
        try (GuiSession s = GuiSession.start(file)) {
            s.robot.clickOn(s.robot.from(s.window().scene().getRoot()).lookup((javafx.scene.Node n) ->
                    n instanceof javafx.scene.control.Labeled l && "File".equals(String.valueOf(l.getText()).replace("_", "")))
                    .queryAs(javafx.scene.Node.class));
            s.robot.clickOn(s.robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l
                    && "Open team library…".equals(String.valueOf(l.getText()).replace("_", ""))
                    && n.getScene() != null && n.getScene().getWindow().isShowing()).queryAs(javafx.scene.Node.class));
            s.waitUntil(() -> s.robot.lookup("#team-library-url").tryQuery().isPresent());
            javafx.scene.control.TextField url = s.robot.lookup("#team-library-url").queryAs(javafx.scene.control.TextField.class);
            s.robot.interact(url::clear);
            s.robot.clickOn(url).write("not a url");
            assertTrue(s.robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                    .anyMatch(b -> b.isDefaultButton() && b.isDisabled()), "OK waits for a postgresql:// URL");
            s.robot.interact(url::clear);
            s.robot.write(server.url(login, database)).type(KeyCode.ENTER);
            s.waitUntil(() -> s.app.window() != null && s.app.window().readyProperty().get()
                    && ((Stage) s.app.window().scene().getWindow()).getTitle().startsWith("postgresql://" + login));
            s.robot.interact(() -> s.app.window().focusArticleNow());
            s.waitUntil(() -> s.app.window().readyForKeys());
            s.robot.type(KeyCode.DIGIT2);
            s.waitUntil(() -> !s.app.window().tagging().status().isPending());
        }
        try (var c = server.superuser(database); var rs = c.createStatement().executeQuery("""
                SELECT a.name, l.name FROM tags t JOIN annotators a ON a.id = t.annotator_id
                JOIN labels l ON l.id = t.label_id""")) {
            assertTrue(rs.next());
            assertEquals(List.of(login, "Response"), List.of(rs.getString(1), rs.getString(2)));
        }
    }

    @Test
    void anotherAnnotatorsTagShowsUpInTheOpenWindowWithoutF5() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        String me = "liv_" + database;
        String other = "ben_" + database;
        try (Workspace admin = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
            admin.team().init();
            admin.team().add(me, TeamRole.ANNOTATOR, "liv-pw".toCharArray());
            admin.team().add(other, TeamRole.ANNOTATOR, "ben-pw".toCharArray());
            admin.imports().importFile(GuiSession.SEED_000);
        }
        server.rememberPassword(me, "liv-pw");
        server.rememberPassword(other, "ben-pw");
        FxRobot robot = new FxRobot();
        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(() -> new App(server.url(me, database), dir));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null && app.window().readyProperty().get());
            robot.interact(() -> app.window().focusArticleNow());
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window().readyForKeys());
            robot.type(KeyCode.DIGIT1); // my own tag of sentence 1: no reload for it, and it stays
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !app.window().tagging().status().isPending());
            try (Workspace ben = Workspace.open(server.url(other, database))) {
                ben.annotation().tag(1, 2, "Response");
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().tagging().rows().get(2).others().stream()
                    .anyMatch(t -> t.annotator().equals(other)));
            assertEquals(1L, (long) app.window().tagging().rows().get(1).labelIdProperty().get());
        } finally {
            robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                    .filter(w -> w instanceof Stage st && st.getOwner() != null).forEach(w -> ((Stage) w).close()));
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }
}
