package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.model.CodebookLabel;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook view-model through its background seam (work and "FX" updates run at once, in order). */
class CodebookViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    CodebookViewModel model;
    final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(SeedFiles.first());
        model = new CodebookViewModel(ws.codebook(), ws.annotation(), new Background(Runnable::run, Runnable::run));
        model.onChanged(changes::incrementAndGet);
        model.load(labels -> { });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private CodebookLabel label(String name) {
        return model.codebookProperty().get().byName(name).orElseThrow();
    }

    @Test
    void aChangeShowsTheNewCodebookAndVersionsAndTellsTheWindow() {
        model.add("Quote", null);
        assertEquals(4, model.codebookProperty().get().active().size());
        assertEquals(2, model.versions().size());
        assertEquals("Added Quote.", model.messageProperty().get());
        assertEquals(1, changes.get());

        model.move(label("Quote"), -1);
        assertEquals("3", label("Quote").label().key());
        assertEquals("4", label("Background").label().key());
    }

    @Test
    void aDarkColourIsRefusedWithTheReasonAndNothingIsWritten() {
        model.recolour(label("Claim"), "#000080");
        assertTrue(model.messageProperty().get().contains("too dark"), model.messageProperty().get());
        assertEquals("#E69F00", ws.codebook().current().byName("Claim").orElseThrow().label().colour());
        assertEquals(1, model.versions().size());
        assertEquals(0, changes.get());
    }

    @Test
    void aRefusedChangeSaysWhyAndTheWindowIsNotTold() {
        ws.annotation().tag(1, 1, "Background");
        model.retire(label("Background"), null);
        assertTrue(model.messageProperty().get().contains("used by 1 tag"), model.messageProperty().get());
        assertEquals(0, changes.get());
    }

    @Test
    void unsureOnAnUntaggedSentenceIsRefusedWithAReason() {
        long sentence = ws.annotation().open(1).orElseThrow().sentences().get(2).id();
        // The window's U goes through the save queue to this service call (CodebookWiring.toggleUnsure).
        var refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ws.annotation().setUnsure(sentence, true));
        assertTrue(refused.getMessage().startsWith("Label the sentence first"), refused.getMessage());
    }
}
