package dev.sentag.ui;

import java.util.Arrays;

/** Key-to-saved latencies of this session, for Help → About and the log. Bounded memory. */
public final class LatencyStats {
    private static final int CAPACITY = 10_000;
    private final long[] nanos = new long[CAPACITY];
    private int count;

    void record(long elapsedNanos) {
        nanos[count % CAPACITY] = elapsedNanos;
        count++;
    }

    public int count() {
        return count;
    }

    /** The p-th percentile (0–100) in milliseconds over the kept samples, or NaN with none. */
    public double percentileMillis(double p) {
        int n = Math.min(count, CAPACITY);
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, rank))] / 1e6;
    }

    public String summary() {
        return count == 0 ? "no tags saved yet"
                : String.format("%d saves, p50 %.1f ms, p99 %.1f ms (key press to committed)", count,
                percentileMillis(50), percentileMillis(99));
    }
}
