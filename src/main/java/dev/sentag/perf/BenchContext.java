package dev.sentag.perf;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where and how big a benchmark run is: a scratch folder it owns (deleted afterwards), the seed for the synthetic
 * corpus, a scale factor (1.0 = the sizes the performance issue names; smaller for a quick run), and a stream for
 * progress lines (stderr, so stdout stays the table or JSON), and the PostgreSQL database the PostgreSQL rows run
 * in ({@code sentag bench --pg URL}), or null when none was given.
 */
public record BenchContext(Path scratch, long seed, double scale, PrintWriter progress, String pg) {
    /** {@code full} scaled, at least 1. */
    public int scaled(int full) {
        return Math.max(1, (int) Math.round(full * scale));
    }
}
