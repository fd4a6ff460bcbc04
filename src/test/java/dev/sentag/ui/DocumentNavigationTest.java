package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which document the window has open, without a window: the library, the tagging model and the navigation run on
 * the test thread, and what the window would select in its list is recorded.
 */
class DocumentNavigationTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private UiPreferences prefs;
    private TaggingViewModel tagging;
    private LibraryViewModel library;
    private final List<Long> selected = new ArrayList<>();
    private int focused;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(SeedFiles.first());
        ws.imports().importFile(SeedFiles.second());
        prefs = new UiPreferences(dir.resolve("sentag.db.ui.properties"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private DocumentNavigation navigation() {
        Background now = new Background(Runnable::run, Runnable::run);
        tagging = new TaggingViewModel(ws.annotation(), now, ws.annotation().labels());
        library = new LibraryViewModel(ws.annotation(), ws.imports(), ws.exports(), ws.agreement(), ws.find(), now);
        return new DocumentNavigation(tagging, library, prefs, selected::add, () -> focused++);
    }

    @Test
    void startOpensTheFirstDocumentThenTheRememberedPlace() {
        DocumentNavigation first = navigation();
        first.start();
        assertTrue(first.readyProperty().get());
        assertEquals(1L, first.openDocument());
        assertEquals(List.of(1L), selected);
        assertTrue(focused > 0);
        first.step(1);
        tagging.moveTo(4);
        first.remember();

        selected.clear();
        DocumentNavigation again = navigation();
        again.start();
        assertEquals(2L, again.openDocument(), "the document open at the end");
        assertEquals(4, tagging.currentProperty().get(), "at the sentence the cursor was on");
        assertEquals(List.of(2L), selected);
    }

    @Test
    void nextAndPreviousStopAtTheEndsOfTheList() {
        DocumentNavigation nav = navigation();
        nav.start();
        nav.step(-1);
        assertEquals(1L, nav.openDocument(), "nothing before the first");
        nav.step(1);
        assertEquals(2L, nav.openDocument());
        assertEquals(2L, tagging.documentProperty().get().id());
        nav.step(1);
        assertEquals(2L, nav.openDocument(), "nothing after the last");
    }

    @Test
    void taggingUpdatesTheLibraryListsCount() {
        DocumentNavigation nav = navigation();
        nav.start();
        tagging.tagCurrent(tagging.labelsProperty().get().labels().get(0));
        assertEquals(1, library.find(1).orElseThrow().taggedProperty().get());
    }

    @Test
    void reloadShowsAnotherProgramsTagsAndStartsAfreshWhenTheDocumentIsGone() {
        DocumentNavigation nav = navigation();
        nav.start();
        nav.step(1);
        tagging.moveTo(3);
        ws.annotation().tag(2, 3, "Claim"); // as the command line would, behind the window's back
        assertNull(tagging.rows().get(3).labelId());
        nav.reload();
        assertEquals(3, tagging.currentProperty().get());
        assertEquals(ws.annotation().labels().byName("Claim").orElseThrow().id(), tagging.rows().get(3).labelId());

        ws.annotation().delete(2);
        nav.reload();
        assertEquals(1L, tagging.documentProperty().get().id(), "the deleted one is gone: back to the first");
    }

    @Test
    void anEmptyLibraryIsReadyWithNothingOpen() {
        ws.annotation().delete(1);
        ws.annotation().delete(2);
        DocumentNavigation nav = navigation();
        nav.start();
        assertTrue(nav.readyProperty().get());
        assertNull(tagging.documentProperty().get());
        assertTrue(selected.isEmpty());
    }
}
