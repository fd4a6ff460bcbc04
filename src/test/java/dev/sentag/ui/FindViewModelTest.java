package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.model.FoundSentence;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The find panel's state through the background seam: the database work is queued and run when the test says. */
class FindViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    final Queue<Runnable> worker = new ArrayDeque<>();
    FindViewModel model;

    @BeforeEach
    void open() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Sanctions\nMinisters imposed sanctions. Nobody replied. Sanctions were lifted later.\n");
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(file);
        model = new FindViewModel(ws.find(), new Background(worker::add, Runnable::run));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void runWorker() {
        for (Runnable r; (r = worker.poll()) != null; ) {
            r.run();
        }
    }

    private List<String> texts() {
        return model.results().stream().map(FoundSentence::text).toList();
    }

    @Test
    void nothingRunsOnTheCallersThreadAndOnlyTheNewestSearchIsShown() {
        model.queryProperty().set("sanctions");
        model.search();
        model.queryProperty().set("nobody");
        model.search();
        assertEquals(List.of(), texts(), "the searches wait for the database thread");
        assertTrue(model.searchingProperty().get());
        runWorker();
        assertEquals(List.of("Nobody replied."), texts(), "the older answer arrived first and was dropped");
        assertEquals("1 sentence", model.messageProperty().get());
    }

    @Test
    void filtersCombineWithWordsAndF3WrapsRound() {
        model.queryProperty().set("sanction");
        model.search();
        runWorker();
        assertEquals(3, texts().size());
        assertEquals("Sanctions", model.next().orElseThrow().text());
        assertEquals("Ministers imposed sanctions.", model.next().orElseThrow().text());
        assertEquals("Sanctions were lifted later.", model.next().orElseThrow().text());
        assertEquals("Sanctions", model.next().orElseThrow().text(), "F3 wraps round");
        assertEquals("Sanctions were lifted later.", model.previous().orElseThrow().text(), "Shift+F3 wraps back");
        ws.annotation().tag(1, 1, "claim");
        model.untagged.set(true);
        model.search();
        runWorker();
        assertEquals(List.of("Sanctions", "Sanctions were lifted later."), texts());
        model.untagged.set(false);
        model.label.set("Claim");
        model.search();
        runWorker();
        assertEquals(List.of("Ministers imposed sanctions."), texts());
    }

    @Test
    void aQueryTheEngineRefusesBecomesTheMessage() {
        model.queryProperty().set("sanctions OR");
        model.search();
        runWorker();
        assertEquals(List.of(), texts());
        assertTrue(model.messageProperty().get().startsWith("Cannot search for 'sanctions OR'"),
                model.messageProperty().get());
        model.queryProperty().set("");
        model.search();
        assertEquals("Type words to find, or choose a filter.", model.messageProperty().get());
    }

    @Test
    void aSearchWhileTheIndexCatchesUpSaysHowManyArticlesItDidNotSearch() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(folder.resolve("f" + i + ".txt"), "Folder " + i + "\nMinisters imposed sanctions " + i + ".\n");
        }
        ws.imports().importAll(List.of(folder), dev.sentag.ingest.ImportService.Progress.NONE); // left to the index
        model.queryProperty().set("sanctions");
        model.search();
        runWorker();
        assertEquals(List.of("Sanctions", "Ministers imposed sanctions.", "Sanctions were lifted later."), texts(),
                "the indexed article only");
        assertEquals("3 sentences (the find index is still being built: 3 imported articles are not searched yet)",
                model.messageProperty().get());
        ws.find().indexAll();
        model.search();
        runWorker();
        assertEquals(6, texts().size(), texts()::toString);
        assertEquals("6 sentences", model.messageProperty().get());
    }
}
