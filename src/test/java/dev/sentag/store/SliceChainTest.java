package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slices of a folder import handed to the database thread one ahead: the thread goes on to the next at once, but
 * never before work queued meanwhile (a keypress), and never after a slice that failed.
 */
class SliceChainTest {
    @TempDir
    Path dir;
    private Database db;
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("chain.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A slice that writes a row and notes that it ran. */
    private SqlWork<String> slice(String name) {
        return c -> {
            try (var st = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, 'x')")) {
                st.setString(1, "slice " + name);
                st.executeUpdate();
            }
            ran.add(name);
            return name;
        };
    }

    /** A first slice that holds the database thread until released, then writes (or fails). */
    private SqlWork<String> heldSlice(boolean fail) {
        return c -> {
            firstStarted.countDown();
            try {
                if (!releaseFirst.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (fail) {
                throw new SQLException("disk I/O error (made up by the test)");
            }
            return slice("A").run(c);
        };
    }

    @Test
    void theNextSliceRunsRightAfterTheLastButAfterWorkQueuedMeanwhile() throws Exception {
        SliceChain chain = new SliceChain(db);
        CompletableFuture<String> a = chain.later(heldSlice(false), false);
        assertTrue(firstStarted.await(20, TimeUnit.SECONDS));
        CompletableFuture<String> b = chain.later(slice("B"), true);
        Future<?> keypress = db.executor().submit(() -> ran.add("keypress"));
        releaseFirst.countDown();

        assertEquals("A", a.get(20, TimeUnit.SECONDS));
        assertEquals("B", b.get(20, TimeUnit.SECONDS));
        keypress.get(20, TimeUnit.SECONDS);
        assertEquals(List.of("A", "keypress", "B"), ran, "the keypress queued during A went before B");
        assertEquals(Integer.valueOf(2), db.<Integer>read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM settings WHERE key LIKE 'slice %'")) {
                rs.next();
                return rs.getInt(1);
            }
        }));
    }

    @Test
    void slicesHandedOverOneAheadAllRunInOrder() throws Exception {
        SliceChain chain = new SliceChain(db);
        List<String> results = new ArrayList<>();
        CompletableFuture<String> last = chain.later(slice("0"), false);
        for (int i = 1; i < 50; i++) {
            CompletableFuture<String> next = chain.later(slice(String.valueOf(i)), i % 10 == 0);
            results.add(last.get(20, TimeUnit.SECONDS)); // collected once the next is handed over, as the import does
            last = next;
        }
        results.add(last.get(20, TimeUnit.SECONDS));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add(String.valueOf(i));
        }
        assertEquals(expected, results);
        assertEquals(expected, ran);
    }

    @Test
    void afterAFailedSliceTheOnesHandedOverAreNotStoredUntilResumed() throws Exception {
        SliceChain chain = new SliceChain(db);
        CompletableFuture<String> a = chain.later(heldSlice(true), false);
        assertTrue(firstStarted.await(20, TimeUnit.SECONDS));
        CompletableFuture<String> b = chain.later(slice("B"), false);
        releaseFirst.countDown();

        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> a.get(20, TimeUnit.SECONDS));
        assertTrue(failed.getCause().getMessage().contains("disk I/O error"), failed.getCause().getMessage());
        ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> b.get(20, TimeUnit.SECONDS));
        assertInstanceOf(StoreException.class, refused.getCause());
        CompletableFuture<String> c = chain.later(slice("C"), false);
        assertInstanceOf(StoreException.class, org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> c.get(20, TimeUnit.SECONDS)).getCause());
        assertEquals(List.of(), ran, "nothing after the failed slice was stored");

        chain.resume();
        assertEquals("D", chain.later(slice("D"), true).get(20, TimeUnit.SECONDS));
        assertEquals(List.of("D"), ran);
    }
}
