package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import javafx.beans.value.WritableValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's notices: read-only to the views, posted by the work that has something to say. */
class NoticeStateTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private LibraryViewModel library;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(SeedFiles.second());
        library = new LibraryViewModel(ws.annotation(), ws.imports(), ws.exports(), ws.agreement(), ws.find(),
                new Background(Runnable::run, Runnable::run));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void viewsCannotWriteTheNoticeLine() {
        assertFalse(library.noticeProperty() instanceof WritableValue);
        library.notices().post("hello");
        assertEquals("hello", library.noticeProperty().get());
        library.notices().post(null);
        assertEquals("", library.noticeProperty().get());
    }

    @Test
    void libraryWorkPostsWhatItDidAndWhatItCouldNotDo() {
        library.refresh(() -> { });
        String name = ws.annotation().annotator().name();
        assertTrue(library.noticeProperty().get().startsWith("Tagging as " + name), library.noticeProperty().get());
        library.rename(99, "Nothing here", () -> { });
        assertTrue(library.noticeProperty().get().startsWith("Not renamed: "), library.noticeProperty().get());
        library.importPasted("One sentence here. And another one.", "Pasted", results -> { });
        assertEquals("Imported 1 article", library.noticeProperty().get());
    }

    @Test
    void aMergeThatLeavesOthersUntaggedPostsToTheLibraryLine() {
        ws.annotation().actAs("ben");
        ws.annotation().tag(1, 0, "Claim");
        ws.annotation().tag(1, 1, "Response");
        ws.annotation().actAs("ana");
        Background now = new Background(Runnable::run, Runnable::run);
        TaggingViewModel tagging = new TaggingViewModel(ws.annotation(), now, ws.annotation().labels());
        tagging.onNotice(library.notices()::post); // as the window wires it
        tagging.open(1, 0, () -> { });
        tagging.mergeWithNext(java.util.Optional.empty(), conflict -> { });
        assertTrue(library.noticeProperty().get().startsWith("1 other annotator(s) had tagged the parts differently"),
                library.noticeProperty().get());
    }
}
