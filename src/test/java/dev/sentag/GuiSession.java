package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.ui.MainWindow;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application on a test database, drives it, and reads what it stored. */
final class GuiSession implements AutoCloseable {
    static final Path SEED_000 = Path.of("..", "shared", "seeds", "000_ecdcd8510cd06f5c.txt");
    static final Path SEED_003 = Path.of("..", "shared", "seeds", "003_99f98a11d0393293.txt");

    final Path db;
    final App app;
    final FxRobot robot = new FxRobot();

    private GuiSession(Path db, App app) {
        this.db = db;
        this.app = app;
    }

    /** Imports the given files with the same services the CLI uses, before any window exists. */
    static void importBeforeStart(Path db, Path... files) {
        for (Path f : files) {
            assertTrue(Files.isRegularFile(f), "seed article missing: " + f.toAbsolutePath()
                    + " (the tests read ../shared from the project root)");
        }
        try (Workspace ws = Workspace.open(db)) {
            for (Path f : files) {
                ws.imports().importFile(f);
            }
        }
    }

    /** Launches the app and waits until it shows an article (or the empty library). */
    static GuiSession start(Path db) throws Exception {
        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(() -> new App(db));
        GuiSession session = new GuiSession(db, app);
        session.waitUntil(() -> app.window() != null);
        session.waitUntil(() -> session.window().readyProperty().get());
        // Keys typed before the new window has the focus would be lost (or land in the filter field).
        session.robot.interact(() -> session.window().focusArticleNow());
        session.waitUntil(() -> session.window().readyForKeys());
        return session;
    }

    MainWindow window() {
        return app.window();
    }

    void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until every queued write has committed and the status bar says so. */
    void waitSaved() throws TimeoutException {
        waitUntil(() -> !window().tagging().status().isPending());
    }

    int current() {
        return window().tagging().currentProperty().get();
    }

    /** The label name stored for each tagged sentence index of a document, read straight from the file. */
    Map<Integer, String> storedLabels(long documentId) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var ps = c.prepareStatement("""
                     SELECT s.idx, l.name FROM tags t JOIN sentences s ON s.id = t.sentence_id
                     JOIN labels l ON l.id = t.label_id WHERE s.document_id = ?""")) {
            ps.setLong(1, documentId);
            Map<Integer, String> out = new HashMap<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
            return out;
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    @Override
    public void close() throws TimeoutException {
        // A dialog left open by a failed test would take the next test's keys: close every one.
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.Stage st && st.getOwner() != null)
                .forEach(w -> ((javafx.stage.Stage) w).close()));
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
