package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sentag.SeedFiles;
import dev.sentag.export.ExportFormat;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog reads its preview once the fields rest, not once per change: a burst of changes in one go
 * costs one query. The queries are counted where they are handed to the library's database thread.
 */
class ExportPreviewDebounceTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private final AtomicInteger queries = new AtomicInteger();
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(SeedFiles.second());
        stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(), 400, 300)); // the dialog takes its owner's stylesheets
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        ws.close();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBurstOfChangesReadsThePreviewOnce() throws Exception {
        Background counted = new Background(work -> {
            queries.incrementAndGet();
            ws.database().executor().execute(work);
        }, Platform::runLater);
        ExportViewModel model = new ExportViewModel(ws.exports(), counted, ws.annotation().annotator().name(), -1, List.of("Claim", "Response"));
        robot.interact(() -> new ExportDialog(stage, model).show());
        TextArea preview = robot.lookup("#export-preview").queryAs(TextArea.class);
        String jsonlStart = ws.exports().preview(ExportFormat.JSONL, model.options(), 1).lines().findFirst().orElseThrow();
        waitUntil(() -> preview.getText().startsWith(jsonlStart.substring(0, 80))); // long lines are cut
        assertEquals(1, queries.get(), "the first preview");

        String csvStart = ws.exports().preview(ExportFormat.CSV, model.options(), 1).lines().findFirst().orElseThrow();
        robot.interact(() -> {
            for (ExportFormat f : List.of(ExportFormat.CSV, ExportFormat.JSONL, ExportFormat.CSV, ExportFormat.JSONL,
                    ExportFormat.CSV)) {
                model.format.set(f); // five changes before the next frame, as fast typing gives
            }
        });
        waitUntil(() -> preview.getText().startsWith(csvStart));
        assertEquals(2, queries.get(), "five changes, one more query");
    }
}
