package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sentag.ingest.ImportService;
import dev.sentag.model.FoundSentence;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the window, a folder import's articles go into the find index right after it, in the background, and find
 * (Ctrl+F) then finds every one of them; a library closed before that finished is indexed once the window shows.
 */
class FindIndexGuiTest {
    static final int ARTICLES = 30;

    @TempDir
    Path dir;

    private Path folder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(folder.resolve(String.format("a%02d.txt", i)), "Report number " + i
                    + "\n\nThe harbour committee met on day " + i + ". Its members discussed marmalade exports.\n");
        }
        return folder;
    }

    @SuppressWarnings("unchecked")
    private static long documentsShown(GuiSession s) {
        ListView<FoundSentence> list = s.robot.lookup("#find-results").queryAs(ListView.class);
        return list.getItems().stream().map(FoundSentence::documentId).distinct().count();
    }

    private static void findMarmalade(GuiSession s) throws Exception {
        s.robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.CONTROL, KeyCode.F);
        TextField query = s.robot.lookup("#find-query").queryAs(TextField.class);
        s.waitUntil(query::isFocused);
        s.robot.write("marmalade");
        s.waitUntil(() -> documentsShown(s) == ARTICLES);
    }

    @Test
    void findRightAfterAFolderImportFindsEveryImportedArticle() throws Exception {
        Path folder = folder();
        try (GuiSession s = GuiSession.start(dir.resolve("lib.db"))) {
            s.robot.interact(() -> s.window().importFiles(List.of(folder)));
            s.waitUntil(() -> !s.window().library().importingProperty().get()
                    && s.count("SELECT count(*) FROM documents WHERE title LIKE 'Report number%'") == ARTICLES);
            s.waitUntil(() -> s.count("SELECT count(*) FROM find_index_queue") == 0
                    && s.window().library().findIndexing().stepProperty().get().isEmpty());
            assertEquals(s.count("SELECT count(*) FROM sentences"), s.count("SELECT count(*) FROM sentence_fts"));
            findMarmalade(s);
        }
    }

    @Test
    void aLibraryClosedBeforeItsIndexCaughtUpIsIndexedOnceTheWindowShows() throws Exception {
        Path db = dir.resolve("lib.db");
        try (Workspace ws = Workspace.open(db)) {
            ws.imports().importAll(List.of(folder()), ImportService.Progress.NONE); // closed before any indexing
        }
        assertEquals(ARTICLES, SqliteProbe.number(db, "SELECT count(*) FROM find_index_queue"));
        try (GuiSession s = GuiSession.start(db)) {
            s.waitUntil(() -> s.count("SELECT count(*) FROM find_index_queue") == 0
                    && s.window().library().findIndexing().stepProperty().get().isEmpty());
            findMarmalade(s);
        }
    }
}
