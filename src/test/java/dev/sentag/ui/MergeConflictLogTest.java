package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.annotate.LabelConflictException;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging two sentences the user tagged differently is an ordinary question (which label to keep), not a
 * fault: the window asks, and the log gets one line, not a WARNING with a stack trace. A real failure still
 * gets its warning. The test thread plays the FX thread.
 */
class MergeConflictLogTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(Background.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(SeedFiles.second());
        log.addHandler(capture);
    }

    @AfterEach
    void close() {
        log.removeHandler(capture);
        ws.close();
    }

    private void runFxUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            Runnable next = fx.poll(15, TimeUnit.SECONDS);
            assertNotNull(next, "the background work did not answer within 15 s");
            next.run();
        }
    }

    @Test
    void aLabelConflictOnMergeAsksWithoutAWarningInTheLog() throws Exception {
        ws.annotation().actAs("ana");
        ws.annotation().tag(1, 0, "Claim");
        ws.annotation().tag(1, 1, "Response");
        var model = new TaggingViewModel(ws.annotation(), new Background(ws.database().executor(), fx::add),
                ws.annotation().labels());
        boolean[] opened = {false};
        model.open(1, 0, () -> opened[0] = true);
        runFxUntil(() -> opened[0]);
        LabelConflictException[] asked = {null};
        model.mergeWithNext(Optional.empty(), conflict -> asked[0] = conflict);
        runFxUntil(() -> asked[0] != null);

        assertTrue(asked[0].getMessage().contains("Claim") && asked[0].getMessage().contains("Response"),
                asked[0].getMessage());
        assertTrue(records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue()),
                "no warning for an ordinary conflict: " + records.stream().map(LogRecord::getMessage).toList());
        assertTrue(records.stream().allMatch(r -> r.getThrown() == null), "no stack trace");
    }

    @Test
    void aRealFailureStillLogsAWarningWithItsCause() throws Exception {
        Background background = new Background(Runnable::run, fx::add);
        Throwable[] failed = {null};
        background.run(() -> {
            throw new IllegalStateException("disk on fire");
        }, ok -> { }, e -> failed[0] = e);
        runFxUntil(() -> failed[0] != null);
        LogRecord warning = records.stream().filter(r -> r.getLevel() == Level.WARNING).findFirst().orElse(null);
        assertNotNull(warning, "a fault is a warning");
        assertEquals("disk on fire", warning.getThrown().getMessage());
        assertNull(records.stream().filter(r -> r.getLevel() == Level.INFO).findFirst().orElse(null));
    }
}
