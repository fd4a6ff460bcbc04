package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.model.TeamRole;
import dev.sentag.pg.PostgresServer;
import dev.sentag.ui.SaveStatus;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team library whose server stops while the annotator types: the labels stay, the status bar says
 * how many changes wait, and once the server is back the window's own retry writes them, in order, in their name.
 */
class TeamOutageGuiTest {
    @TempDir
    Path dir;

    @Test
    void labelsTypedWhileTheServerIsDownAreWrittenWhenItIsBack() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        String login = "oli_" + database;
        try (Workspace admin = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
            admin.team().init();
            admin.team().add(login, TeamRole.ANNOTATOR, "oli-pw".toCharArray());
            admin.imports().importFile(GuiSession.SEED_000);
        }
        server.rememberPassword(login, "oli-pw");
        FxRobot robot = new FxRobot();
        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(() -> new App(server.url(login, database), dir));
        boolean stopped = false;
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null && app.window().readyProperty().get());
            robot.interact(() -> app.window().focusArticleNow());
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window().readyForKeys());
            SaveStatus status = app.window().tagging().status();
            server.stop();
            stopped = true;
            robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT2).type(KeyCode.DIGIT3);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !status.isPending()
                    && status.messageProperty().get().startsWith("Offline: 3 changes wait"));
            WaitForAsyncUtils.waitForFxEvents();
            String shown = robot.lookup(".save-state").queryAs(Label.class).getText();
            assertTrue(shown.startsWith("Offline: 3 changes wait — they are written when postgresql://" + login + "@"),
                    shown);
            assertEquals(3, app.window().tagging().taggedProperty().get(), "the labels stay on screen");
            try (var journals = Files.list(dir)) {
                assertEquals(1, journals.filter(f -> f.getFileName().toString().startsWith("outage-")).count(),
                        "kept on disk in the data folder");
            }
            server.start();
            stopped = false;
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.stateProperty().get() == SaveStatus.State.SAVED);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup(".save-state").queryAs(Label.class).getText().startsWith("Saved — 3 changes written"));
            assertEquals(List.of("Claim", "Response", "Background"), stored(server, database, login));
        } finally {
            if (stopped) {
                server.start();
            }
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void changesACrashedSessionKeptAreWrittenWhenTheWindowOpensTheLibrary() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        String login = "cat_" + database;
        try (Workspace admin = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
            admin.team().init();
            admin.team().add(login, TeamRole.ANNOTATOR, "cat-pw".toCharArray());
            admin.imports().importFile(GuiSession.SEED_000);
        }
        server.rememberPassword(login, "cat-pw");
        // The session that crashed: it kept two tags while the server was away and was never closed.
        Workspace crashed = Workspace.open(dev.sentag.store.LibraryLocation.parse(server.url(login, database)),
                dev.sentag.store.PasswordSource.NONE, dir);
        var ids = crashed.annotation().open(1).orElseThrow().sentences();
        var labels = crashed.annotation().labels();
        server.stop();
        try {
            crashed.outages().tag(1, ids.get(5).id(), 5, labels.byName("Response").orElseThrow().id());
            crashed.outages().tag(1, ids.get(6).id(), 6, labels.byName("Claim").orElseThrow().id());
        } finally {
            server.start();
        }
        FxRobot robot = new FxRobot();
        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(() -> new App(server.url(login, database), dir));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null && app.window().readyProperty().get());
            SaveStatus status = app.window().tagging().status();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.stateProperty().get() == SaveStatus.State.SAVED
                    && status.messageProperty().get().startsWith("Saved — 2 changes written"));
            assertEquals(List.of("Response", "Claim"), stored(server, database, login));
            var rows = app.window().tagging().rows();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows.size() > 6 && rows.get(5).labelId() != null
                    && rows.get(6).labelId() != null); // the article on screen shows them too
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private static List<String> stored(PostgresServer server, String database, String login) throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = server.superuser(database); var ps = c.prepareStatement("""
                SELECT l.name FROM tags t JOIN annotators a ON a.id = t.annotator_id
                JOIN labels l ON l.id = t.label_id JOIN sentences s ON s.id = t.sentence_id
                WHERE a.name = ? ORDER BY s.idx""")) {
            ps.setString(1, login);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
