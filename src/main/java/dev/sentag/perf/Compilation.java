package dev.sentag.perf;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** The JIT compiler's activity, so a timed phase can start once the warm-up's compilations are done. */
final class Compilation {
    private static final long POLL_MILLIS = 100;
    private static final long MAX_WAIT_MILLIS = 5_000;

    private Compilation() {
    }

    /**
     * Waits until the JVM's total compilation time has not grown for two polls 0.1 s apart (at most 5 s, or not at all
     * where the JVM does not report it); the seconds waited.
     */
    static double awaitQuiet() throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return 0;
        }
        long last = jit.getTotalCompilationTime();
        int quietPolls = 0;
        while (quietPolls < 2 && System.nanoTime() - start < MAX_WAIT_MILLIS * 1_000_000) {
            Thread.sleep(POLL_MILLIS);
            long now = jit.getTotalCompilationTime();
            quietPolls = now == last ? quietPolls + 1 : 0;
            last = now;
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
