package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the agreement view's work runs: the labels are read on the library's database thread and the figures
 * (the bootstrap) are worked out on the compute executor, so a long computation holds up no tag. Both are
 * recorded queues the test runs by hand; the hand-back runs at once on the test thread.
 */
class AgreementExecutorTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private final ArrayDeque<Runnable> database = new ArrayDeque<>();
    private final ArrayDeque<Runnable> compute = new ArrayDeque<>();
    private AgreementViewModel model;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(SeedFiles.second());
        for (String who : List.of("ana", "ben", "cy")) {
            ws.annotation().actAs(who);
            for (int i = 0; i < 6; i++) {
                ws.annotation().tag(1, i, (i + who.length()) % 2 == 0 ? "Claim" : "Response");
            }
        }
        model = new AgreementViewModel(ws.agreement(), new Background(database::add, compute::add, Runnable::run), 1,
                List.of("Claim", "Response", "Background"));
    }

    @AfterEach
    void close() {
        model.close();
        ws.close();
    }

    /** Runs the tasks queued so far, not those they queue in turn. */
    private static int run(ArrayDeque<Runnable> queue) {
        int queued = queue.size();
        for (int i = 0; i < queued; i++) {
            queue.poll().run();
        }
        return queued;
    }

    @Test
    void theDatabaseThreadOnlyReadsAndTheFiguresAreWorkedOutElsewhere() {
        model.load();
        assertEquals(1, run(database), "the annotators are read on the database thread");
        assertEquals(List.of("ana", "ben", "cy"), model.annotators);
        assertEquals(1, run(database), "then the labels of the first request");
        assertTrue(model.runningProperty().get());
        assertNull(model.figuresProperty().get(), "nothing worked out on the database thread");
        assertEquals(1, compute.size());

        assertEquals(1, run(compute));
        assertEquals(0, database.size(), "the computation queued no database work");
        assertTrue(!model.runningProperty().get() && model.figuresProperty().get().message() == null);
        assertEquals("ana, ben, cy", model.figuresProperty().get().figures().stream()
                .filter(f -> f.name().equals("Annotators")).findFirst().orElseThrow().value());
    }

    @Test
    void requestsSupersededWhileTheyWaitReadNothingAndComputeNothing() {
        model.load();
        run(database); // the annotators; the first request is now queued
        model.chosen.remove("cy");
        model.scope.set(AgreementViewModel.Scope.OPEN);
        assertEquals(3, database.size(), "three requests queued");
        run(database);
        assertEquals(1, compute.size(), "only the newest one is worked out");
        run(compute);
        assertEquals("ana, ben", model.figuresProperty().get().figures().stream()
                .filter(f -> f.name().equals("Annotators")).findFirst().orElseThrow().value());
    }

    @Test
    void aComputationOvertakenByANewerRequestIsNotShown() {
        model.load();
        run(database);
        run(database);
        assertEquals(1, compute.size());
        model.chosen.remove("cy"); // the first computation has not run yet
        run(compute); // cancelled: shows nothing
        assertNull(model.figuresProperty().get());
        assertTrue(model.runningProperty().get());
        run(database);
        run(compute);
        assertEquals("ana, ben", model.figuresProperty().get().figures().stream()
                .filter(f -> f.name().equals("Annotators")).findFirst().orElseThrow().value());
    }

    @Test
    void closingTheViewDropsWhatIsStillQueued() {
        model.load();
        run(database);
        run(database);
        model.close();
        run(compute);
        assertNull(model.figuresProperty().get());
        model.chosen.remove("cy");
        assertEquals(0, database.size(), "a closed view asks for nothing more");
    }
}
