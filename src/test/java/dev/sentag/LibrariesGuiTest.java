package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several libraries: the title names the open one, Open recent ▸ switches, greys the missing and forgets them. */
class LibrariesGuiTest {
    @TempDir
    Path dir;

    /** The File menu of the window shown now (the last library's scene is gone with its menu bar). */
    private static javafx.geometry.Point2D openRecentMenu(GuiSession s) {
        s.robot.clickOn(s.robot.from(s.window().scene().getRoot()).lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.Labeled l && l.getText() != null && "File".equals(l.getText().replace("_", ""))).queryAs(javafx.scene.Node.class));
        return clickShown(s, "Open recent", null);
    }

    /** Clicks the labelled node with this text in a window on screen (the left library's menus linger unshown). */
    private static javafx.geometry.Point2D clickShown(GuiSession s, String text, javafx.geometry.Point2D from) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node node = s.robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && text.replace("_", "").equals(l.getText().replace("_", ""))
                && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .queryAs(javafx.scene.Node.class);
        javafx.geometry.Point2D at = s.robot.point(node).query();
        if (from != null) {
            // Into the submenu sideways first: a diagonal would cross the File menu's other items and close it.
            s.robot.moveTo(new javafx.geometry.Point2D(at.getX(), from.getY()));
        }
        s.robot.clickOn(node);
        return at;
    }

    private static Menu recent(GuiSession s) {
        MenuBar bar = s.robot.from(s.window().scene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        return (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "open-recent".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static String title(GuiSession s) {
        return ((Stage) s.window().scene().getWindow()).getTitle();
    }

    private static long tags(Path db) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var rs = c.createStatement()
                .executeQuery("SELECT count(*) FROM tags")) {
            return rs.getLong(1);
        }
    }

    @Test
    void openRecentSwitchesLibrariesAndForgetsMissingOnes() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("other").resolve("b.db");
        Path gone = dir.resolve("gone.db");
        Files.createDirectories(b.getParent());
        GuiSession.importBeforeStart(a, GuiSession.SEED_000);
        GuiSession.importBeforeStart(b, GuiSession.SEED_003);
        Files.writeString(dir.resolve("preferences.properties"),
                "recent.0=" + b.toAbsolutePath() + "\nrecent.1=" + gone.toAbsolutePath() + "\n");
        try (GuiSession s = GuiSession.start(a)) {
            assertEquals("a.db — Sentag", title(s));
            String aTitle = s.window().library().find(1).orElseThrow().title();
            var submenu = openRecentMenu(s);
            Menu recent = recent(s);
            List<String> listed = recent.getItems().stream().map(MenuItem::getText).toList();
            assertTrue(listed.get(0).startsWith("a.db") && listed.get(1).startsWith("b.db")
                    && listed.get(2).startsWith("gone.db") && listed.get(2).endsWith("(missing)"), listed.toString());
            assertTrue(recent.getItems().get(0).isDisable(), "the open one is not offered again");
            assertTrue(recent.getItems().get(2).isDisable(), "the missing one is greyed");
            assertFalse(recent.getItems().get(1).isDisable());
            clickShown(s, listed.get(1), submenu);
            s.waitUntil(() -> s.window() != null && s.window().readyProperty().get() && title(s).equals("b.db — Sentag"));
            s.robot.interact(() -> s.window().focusArticleNow());
            s.waitUntil(() -> s.window().readyForKeys());
            // b's article (and the sample a library gets the first time the window opens it), none of a's.
            var titles = s.window().library().documents().stream().map(d -> d.title()).toList();
            assertTrue(titles.stream().anyMatch(t -> t.startsWith("Earlier this week")), titles.toString());
            assertFalse(titles.contains(aTitle), titles.toString());

            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            assertEquals(1, tags(b), "the key tagged in the library now open");
            assertEquals(0, tags(a));

            clickShown(s, "Forget missing libraries", openRecentMenu(s));
            String prefs = Files.readString(dir.resolve("preferences.properties"));
            assertFalse(prefs.contains("gone.db"), prefs);
            assertTrue(prefs.contains("recent.0=" + b.toAbsolutePath()) && prefs.contains("recent.1=" + a.toAbsolutePath()),
                    prefs);
        }
    }
}
