package dev.sentag.perf;

import java.util.Arrays;

/** Order statistics of timed samples: the median of repetitions, the p50/p99 of per-operation latencies. */
final class Samples {
    private Samples() {
    }

    static double median(double[] values) {
        return percentile(values, 50);
    }

    /** The {@code p}-th percentile by the nearest-rank method (p99 of 10,000 samples is the 9,900th smallest). */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (p == 50 && sorted.length % 2 == 0) {
            int mid = sorted.length / 2;
            return (sorted[mid - 1] + sorted[mid]) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
