package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder import reports its progress and stops cleanly between files when cancelled. */
class CancelledImportTest {
    @TempDir
    Path dir;

    @Test
    void cancellingKeepsTheFilesAlreadyImportedAndSaysWhereItStopped() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(folder.resolve("a" + i + ".txt"), "Headline " + i + "\n\nStory number " + i + ".\n");
        }
        List<String> seen = new ArrayList<>();
        try (Workspace ws = Workspace.open(dir.resolve("sentag.db"))) {
            var results = ws.imports().importAll(List.of(folder), new ImportService.Progress() {
                @Override
                public void update(int done, int total, String current) {
                    seen.add(done + "/" + total);
                }

                @Override
                public boolean cancelled() {
                    return seen.size() >= 3;
                }
            });
            assertEquals(List.of("0/6", "1/6", "2/6", "3/6", "6/6").subList(0, 3), seen.subList(0, 3));
            assertEquals(4, results.size(), results.toString());
            var last = assertInstanceOf(ImportResult.Failed.class, results.get(3));
            assertTrue(last.message().startsWith("Import cancelled after 3 of 6 files"), last.message());
            assertEquals(3, ws.annotation().documents().size(), "the three files before the cancel stay imported");
        }
    }
}
