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
 * how many changes wait, and once the server is back the window's own retry writes them, in order, in their name;
 * undo, redo and unsure marks typed offline end in the library as the window showed them.
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
                assertEquals(1, journals.filter(f -> f.getFileName().toString().endsWith(".journal")).count(),
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
        crashed.outages().close(); // the app died: the system drops its lock on the journal
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

    @Test
    void undoRedoAndUnsureTypedWhileTheServerIsDownEndAsShownAndAnUndoTooFarIsRefused() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        String login = "uma_" + database;
        try (Workspace admin = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
            admin.team().init();
            admin.team().add(login, TeamRole.ANNOTATOR, "uma-pw".toCharArray());
            admin.imports().importFile(GuiSession.SEED_000);
        }
        server.rememberPassword(login, "uma-pw");
        FxRobot robot = new FxRobot();
        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(() -> new App(server.url(login, database), dir));
        boolean stopped = false;
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null && app.window().readyProperty().get());
            robot.interact(() -> app.window().focusArticleNow());
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window().readyForKeys());
            var tagging = app.window().tagging();
            SaveStatus status = tagging.status();
            var waiting = tagging.saves().outage().waitingProperty();
            int first = tagging.currentProperty().get();
            server.stop();
            stopped = true;
            // Adjudicating needs the server (it switches to gold): refused, and the keys stay the annotator's own.
            List<String> notices = new ArrayList<>();
            robot.interact(() -> app.window().library().noticeProperty().addListener((o, was, now) -> notices.add(now)));
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.G).release(KeyCode.SHIFT, KeyCode.CONTROL);
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notices.stream().anyMatch(
                        n -> n.startsWith("Could not change annotator: "))
                        && !app.window().comparison().adjudicatingProperty().get());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("notices seen: " + notices + "; adjudicating: " + app.window().comparison().adjudicatingProperty().get());
            }
            robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT2); // two tags, the cursor moves on after each
            undo(robot, KeyCode.Z);
            undo(robot, KeyCode.Z);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !status.isPending() && waiting.get() == 4);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(0, tagging.taggedProperty().get(), "both taken back on screen");
            assertEquals(first, tagging.currentProperty().get(), "the cursor on the tag undone");
            undo(robot, KeyCode.Z); // what was saved before the outage cannot be undone offline: said, nothing changes
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.stateProperty().get() == SaveStatus.State.FAILED);
            WaitForAsyncUtils.waitForFxEvents();
            String refused = robot.lookup(".save-state").queryAs(Label.class).getText();
            assertTrue(refused.startsWith("Nothing undone: until the server is back, only changes made offline can be"
                    + " undone."), refused);
            assertEquals(4, waiting.get());
            robot.type(KeyCode.ESCAPE); // read
            undo(robot, KeyCode.Y); // redo: the first tag again
            robot.type(KeyCode.U);  // and unsure of it
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !status.isPending() && waiting.get() == 6);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, tagging.taggedProperty().get());
            assertTrue(tagging.rows().get(first).unsureProperty().get());
            assertTrue(robot.lookup(".save-state").queryAs(Label.class).getText().startsWith("Offline: 6 changes wait"));
            server.start();
            stopped = false;
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.stateProperty().get() == SaveStatus.State.SAVED);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup(".save-state").queryAs(Label.class).getText().startsWith("Saved — 6 changes written"));
            assertEquals(List.of("Claim *"), stored(server, database, login, true), "as the window showed it");
            undo(robot, KeyCode.Z); // online again: undo goes on from the history written
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !status.isPending()
                    && tagging.taggedProperty().get() == 0);
            assertEquals(List.of(), stored(server, database, login, true));
        } finally {
            if (stopped) {
                server.start();
            }
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    /** Ctrl + {@code key}: Z undoes, Y redoes. */
    private static void undo(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private static List<String> stored(PostgresServer server, String database, String login) throws Exception {
        return stored(server, database, login, false);
    }

    /** The login's labels in sentence order; {@code unsure}: with " *" on those marked unsure. */
    private static List<String> stored(PostgresServer server, String database, String login, boolean unsure)
            throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = server.superuser(database); var ps = c.prepareStatement("""
                SELECT l.name, t.unsure FROM tags t JOIN annotators a ON a.id = t.annotator_id
                JOIN labels l ON l.id = t.label_id JOIN sentences s ON s.id = t.sentence_id
                WHERE a.name = ? ORDER BY s.idx""")) {
            ps.setString(1, login);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + (unsure && rs.getInt(2) == 1 ? " *" : ""));
                }
            }
        }
        return out;
    }
}
