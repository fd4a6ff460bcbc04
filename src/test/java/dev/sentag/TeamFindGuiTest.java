package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.model.FoundSentence;
import dev.sentag.model.TeamRole;
import dev.sentag.pg.PostgresServer;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+F in the window of an annotator on a team library: a word without its accents finds it with them, a prefix
 * finds every word it begins, and Enter opens the sentence, as in a library file. The expected sentences are read
 * from the server with plain SQL and matched in the test, not by the find code.
 */
class TeamFindGuiTest {
    @TempDir
    Path dir;

    record Place(long documentId, int index) {
    }

    private static final String ARTICLE = """
            Zürich talks

            Officials of the Généralitat de Catalunya met their counterparts in Zürich on Monday. \
            A spokesman responded that the responses so far were irresponsible. \
            The Prime Minister of Pakistan responds to NATO’s claims. Back in ZÜRICH, nobody commented.
            """;

    @Test
    void anAnnotatorFindsAccentsAndPrefixesOnATeamLibrary() throws Exception {
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        String login = "fia_" + database;
        String password = "fia's pw";
        Path article = dir.resolve("zurich.txt");
        Files.writeString(article, ARTICLE);
        try (Workspace admin = Workspace.open(server.url(PostgresServer.SUPERUSER, database))) {
            admin.team().init();
            admin.team().add(login, TeamRole.ANNOTATOR, password.toCharArray());
            admin.imports().importFile(GuiSession.SEED_000);
            admin.imports().importFile(article);
        }
        server.rememberPassword(login, password);
        List<Place> zurich = matching(server, database, Pattern.compile("\\bzurich\\b"));
        List<Place> respon = matching(server, database, Pattern.compile("\\brespon\\w*"));
        assertTrue(zurich.size() >= 3 && respon.size() >= 2, zurich + " " + respon);

        FxRobot robot = new FxRobot();
        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(() -> new App(server.url(login, database), dir));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null && app.window().readyProperty().get());
            robot.interact(() -> app.window().focusArticleNow());
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window().readyForKeys());
            robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
            TextField query = robot.lookup("#find-query").queryAs(TextField.class);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, query::isFocused);
            robot.write("Zurich");
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shown(robot).equals(zurich));
            robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
            robot.write("respon*");
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shown(robot).equals(respon));
            robot.type(KeyCode.ENTER);
            Place first = respon.get(0);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window().tagging().documentProperty().get() != null
                    && app.window().tagging().documentProperty().get().id() == first.documentId()
                    && app.window().tagging().currentProperty().get() == first.index());
            assertEquals(first.index(), app.window().tagging().currentProperty().get());
        } finally {
            robot.interact(() -> new ArrayList<>(javafx.stage.Window.getWindows()).stream()
                    .filter(w -> w instanceof Stage st && st.getOwner() != null).forEach(w -> ((Stage) w).close()));
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Place> shown(FxRobot robot) {
        ListView<FoundSentence> list = robot.lookup("#find-results").queryAs(ListView.class);
        return list.getItems().stream().map(f -> new Place(f.documentId(), f.index())).toList();
    }

    /** Current, not excluded sentences whose text, lower case and without accents, matches {@code word}. */
    private static List<Place> matching(PostgresServer server, String database, Pattern word) throws Exception {
        List<Place> out = new ArrayList<>();
        try (var c = server.superuser(database); var rs = c.createStatement().executeQuery("""
                SELECT s.document_id, s.idx, d.text, s.start, s."end" FROM sentences s
                JOIN documents d ON d.id = s.document_id
                WHERE s.idx IS NOT NULL AND s.excluded = 0 ORDER BY s.document_id, s.idx""")) {
            while (rs.next()) {
                String text = rs.getString(3).substring(rs.getInt(4), rs.getInt(5));
                String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
                if (word.matcher(folded).find()) {
                    out.add(new Place(rs.getLong(1), rs.getInt(2)));
                }
            }
        }
        return out;
    }
}
