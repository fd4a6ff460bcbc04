package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.ingest.ImportService;
import dev.sentag.model.DocumentSummary;
import dev.sentag.perf.SyntheticCorpus;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library list at start shows its first rows before reading the rest, then reads the rest page by page: the test
 * thread plays the FX thread, running one hand-back at a time, so what the window shows after each is visible.
 */
class LibraryPagingTest {
    private static final int ARTICLES = 2 * LibraryViewModel.PAGE + 234;

    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    private Workspace ws;
    private LibraryViewModel model;
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();

    /** One library for all tests (an import of this size takes seconds); each test works on a copy. */
    @BeforeAll
    static void library() throws Exception {
        try (Workspace built = Workspace.open(shared.resolve("sentag.db"))) {
            Path folder = shared.resolve("articles");
            new SyntheticCorpus(5).writeFolder(folder, ARTICLES);
            built.imports().importAll(List.of(folder), ImportService.Progress.NONE);
            built.annotation().delete(3); // the trash stays out of the list, in pages as in the whole
        }
    }

    @BeforeEach
    void open() throws Exception {
        Files.copy(shared.resolve("sentag.db"), dir.resolve("sentag.db"));
        ws = Workspace.openWithoutSnapshot(dir.resolve("sentag.db"));
        model = new LibraryViewModel(ws.annotation(), ws.imports(), ws.exports(), ws.agreement(), ws.find(),
                new Background(Runnable::run, fx::add));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<Long> shownIds() {
        return model.documents().stream().map(DocumentRow::id).toList();
    }

    private List<Long> allIds() {
        return ws.annotation().documents().stream().map(DocumentSummary::id).toList();
    }

    private void drain() {
        for (Runnable r = fx.poll(); r != null; r = fx.poll()) {
            r.run();
        }
    }

    @Test
    void firstRowsShowBeforeTheRestAndTheRestFollowsInOrder() {
        AtomicBoolean shown = new AtomicBoolean();
        model.showFirstRows(-1, () -> shown.set(true));

        fx.poll().run();
        assertTrue(shown.get());
        assertEquals(allIds().subList(0, LibraryViewModel.PAGE), shownIds(), "one page, the first");
        assertFalse(model.completeProperty().get());

        drain();
        assertEquals(allIds(), shownIds(), "every listed document once, in order, the trashed one left out");
        assertEquals(ARTICLES - 1, shownIds().size());
        assertTrue(model.completeProperty().get());
    }

    @Test
    void theArticleToReopenIsAmongTheFirstRowsEvenBeyondTheFirstPage() {
        long reopen = allIds().get(LibraryViewModel.PAGE + 10);
        model.showFirstRows(reopen, () -> assertTrue(model.find(reopen).isPresent()));

        fx.poll().run();

        assertEquals(allIds().subList(0, 2 * LibraryViewModel.PAGE), shownIds());
        drain();
        assertEquals(allIds(), shownIds());
    }

    @Test
    void aReloadWhileThePagesArriveReplacesTheListWithoutDuplicates() {
        model.showFirstRows(-1, () -> { });
        fx.poll().run();
        ws.annotation().delete(allIds().get(LibraryViewModel.PAGE + 1));

        model.refresh(() -> { });
        drain();

        assertEquals(allIds(), shownIds());
        assertTrue(model.completeProperty().get());
    }
}
