package dev.sentag.perf;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One {@code sentag bench}: picks measures from {@link Measures#all()}, runs them in a fresh scratch folder under
 * java.io.tmpdir (never the user's library) and deletes the folder afterwards unless asked to keep it.
 */
public final class BenchRun {
    private final long seed;
    private final double scale;
    private final List<Measure> measures;
    private final String pg;

    /** A run without PostgreSQL: its rows say "not measured". */
    public BenchRun(long seed, double scale, Set<String> only) {
        this(seed, scale, only, null);
    }

    /**
     * @param only measure names to run; empty runs all. Unknown names are refused with the known ones.
     * @param pg   the PostgreSQL database for the PostgreSQL rows (they make scratch schemas there and drop them), or null
     */
    public BenchRun(long seed, double scale, Set<String> only, String pg) {
        if (!(scale > 0 && scale <= 10)) {
            throw new IllegalArgumentException("--scale must be above 0 and at most 10, not " + scale + ".");
        }
        List<String> known = Measures.all().stream().map(Measure::name).toList();
        for (String name : only) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown measure '" + name + "' in --only; the measures are "
                        + String.join(", ", known) + ".");
            }
        }
        if (pg != null) {
            dev.sentag.store.baseline.BarePostgres.server(pg); // a malformed URL is bad usage before anything runs
        }
        this.pg = pg;
        this.seed = seed;
        this.scale = scale;
        this.measures = Measures.all().stream().filter(m -> only.isEmpty() || only.contains(m.name())).toList();
    }

    /** Runs the measures in order, progress on {@code progress}; with {@code keep} the scratch folder stays. */
    public BenchReport run(PrintWriter progress, boolean keep) throws Exception {
        Path scratch = Files.createTempDirectory("sentag-bench-");
        try {
            BenchContext context = new BenchContext(scratch, seed, scale, progress, pg);
            List<Measurement> rows = new ArrayList<>();
            for (Measure m : measures) {
                progress.println("sentag bench: " + m.name());
                long start = System.nanoTime();
                rows.addAll(m.run(context));
                progress.printf("sentag bench: %s done in %.1f s%n", m.name(), (System.nanoTime() - start) / 1e9);
            }
            return new BenchReport(seed, scale, rows);
        } finally {
            if (keep) {
                progress.println("sentag bench: scratch folder kept: " + scratch);
            } else {
                deleteTree(scratch);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
