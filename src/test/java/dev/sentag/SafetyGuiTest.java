package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.store.StoreFaults;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window when the disk or the file lets the user down, and when another program changed the library. */
class SafetyGuiTest {
    @TempDir
    Path dir;

    private Path seededDatabase() {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        return db;
    }

    @Test
    void tagOnReadOnlyDatabaseIsPutBackWithAVisibleReason() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            StoreFaults.readOnly(s.app.workspace().database());
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            assertNull(s.window().tagging().rows().get(0).labelId(), "the colour is reverted");
            String status = s.robot.lookup(".save-state").queryAs(Label.class).getText();
            assertTrue(status.startsWith("Not saved") && status.contains("read-only"), status);
            assertEquals("mdal-error", ((org.kordamp.ikonli.javafx.FontIcon) s.robot.lookup(".save-state")
                    .queryAs(Label.class).getGraphic()).getIconLiteral());
            assertEquals(0, s.count("SELECT count(*) FROM tags"));
            // The ControlsFX notification above the article says it too, until dismissed.
            var pane = s.robot.lookup(".save-failure-pane").queryAs(org.controlsfx.control.NotificationPane.class);
            s.waitUntil(pane::isShowing);
            assertTrue(pane.getText().contains("read-only"), pane.getText());
            var dismiss = s.robot.lookup(".notification-bar .button").queryAllAs(javafx.scene.control.Button.class).stream()
                    .filter(b -> "Dismiss".equals(b.getText())).findFirst().orElseThrow();
            s.waitUntil(() -> dismiss.localToScene(dismiss.getBoundsInLocal()).getMinY() >= 0 && dismiss.getHeight() > 0);
            s.robot.clickOn(dismiss);
            s.waitUntil(() -> !pane.isShowing());
            assertEquals("Saved", s.robot.lookup(".save-state").queryAs(Label.class).getText());
        }
    }

    @Test
    void f5ShowsTagsWrittenByAnotherProgram() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            // Another process (the CLI, another window) tags the open article's first sentence.
            try (Workspace other = Workspace.open(s.db)) {
                other.annotation().tag(1, 0, "background");
            }
            s.robot.type(KeyCode.F5);
            s.waitUntil(() -> s.window().tagging().rows().get(0).labelId() != null);
            assertEquals(Map.of(0, "Background"), s.storedLabels(1));
        }
    }

    @Test
    void restoreSnapshotFromTheMenuBringsBackTheEarlierLabels() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            // The daily snapshot is taken once the first article is shown; let it land before ours.
            s.waitUntil(() -> s.app.workspace().backups().list().size() == 1);
            s.robot.interact(() -> s.window().tagging().autoAdvanceProperty().set(false));
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            s.app.workspace().backups().take("test");
            s.robot.type(KeyCode.DIGIT2);
            s.waitSaved();
            assertEquals(Map.of(1, "Response"), s.storedLabels(1));

            s.robot.clickOn("File").clickOn("Restore snapshot…");
            s.waitUntil(() -> s.robot.lookup(".dialog-pane").tryQuery().isPresent());
            s.robot.clickOn("OK");
            s.waitUntil(() -> s.robot.lookup(".restore-confirm").tryQuery().isPresent());
            String warning = s.robot.lookup(".restore-confirm").queryAs(DialogPane.class).getContentText();
            String annotator = s.window().library().annotatorProperty().get();
            assertTrue(warning.contains("• " + annotator + ": 1 tag\n"), warning);
            assertEquals(Map.of(1, "Response"), s.storedLabels(1), "nothing changes before the user agrees");
            s.robot.clickOn("OK");

            s.waitUntil(() -> s.storedLabels(1).equals(Map.of(1, "Claim")));
            s.waitUntil(() -> Long.valueOf(1).equals(s.window().tagging().rows().get(1).labelId()));
            String notice = s.window().library().noticeProperty().get();
            assertTrue(notice.startsWith("Restored") && notice.contains("the replaced state is saved in "), notice);
            Path replaced = Path.of(notice.substring(notice.indexOf("saved in ") + "saved in ".length()));
            assertTrue(Files.isRegularFile(replaced), notice);
        }
    }

    @Test
    void quittingAfterAChangeTakesASnapshotAndQuittingWithoutOneDoesNot() throws Exception {
        Path db = seededDatabase();
        try (GuiSession s = GuiSession.start(db)) {
            s.waitUntil(() -> s.app.workspace().backups().list().size() == 1);
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
        }
        try (var files = Files.list(db.resolveSibling("backups"))) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith("-on-quit.db")).count());
        }
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.interact(() -> s.window().tagging().next());
        }
        try (var files = Files.list(db.resolveSibling("backups"))) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith("-on-quit.db")).count(),
                    "nothing changed since the last snapshot");
        }
    }

    @Test
    void damagedLibraryOffersTheLatestSnapshotAndOpensItKeepingTheDamagedFile() throws Exception {
        Path db = seededDatabase();
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().tag(1, 0, "claim");
            ws.backups().take("before the damage");
        }
        byte[] damaged = Arrays.copyOf(Files.readAllBytes(db), (int) Files.size(db) / 2);
        Files.write(db, damaged);

        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(() -> new App(db));
        FxRobot robot = new FxRobot();
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            String text = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
            assertTrue(text.contains("cut short") && text.contains("before the damage"), text);
            robot.clickOn("Restore latest snapshot");
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window() != null && app.window().readyProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Long.valueOf(1), app.window().tagging().rows().get(0).labelId());
            try (var files = Files.list(dir)) {
                Path aside = files.filter(f -> f.getFileName().toString().startsWith("sentag.db.damaged-")
                        && !f.getFileName().toString().endsWith("-wal") && !f.getFileName().toString().endsWith("-shm"))
                        .findFirst().orElseThrow();
                assertArrayEquals(damaged, Files.readAllBytes(aside), "the damaged file is kept, unchanged");
            }
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }
}
