package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropping or choosing a folder in the window imports everything in it, with progress in the status bar. */
class FolderImportGuiTest {
    @TempDir
    Path dir;

    @Test
    void aFolderImportsRecursivelyWithProgressAndASnapshotFirst() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles").resolve("nested"));
        for (int i = 0; i < 40; i++) {
            Files.writeString((i % 2 == 0 ? folder : folder.getParent()).resolve("a" + i + ".txt"),
                    "Headline number " + i + "\n\nThe council met on day " + i + ". It voted.\n");
        }
        Files.writeString(folder.resolve("broken.txt"), "   \n");
        try (GuiSession s = GuiSession.start(dir.resolve("lib.db"))) {
            s.robot.interact(() -> s.window().importFiles(List.of(dir.resolve("articles"))));
            s.waitUntil(() -> s.window().library().documents().size() == 41);
            s.waitUntil(() -> !s.window().library().importingProperty().get());
            assertEquals("Imported 40 articles, 1 could not be read", s.window().library().noticeProperty().get());
            assertTrue(Files.list(dir.resolve("backups")).findAny().isPresent(), "a snapshot before the folder import");
            s.robot.type(javafx.scene.input.KeyCode.ENTER); // dismiss the list of files that could not be read
        }
    }
}
