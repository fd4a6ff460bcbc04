package dev.sentag.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opening a library must cost the same whatever its size: a command's fixed cost ({@code sentag show 1} in a child
 * JVM, spawn to exit) and the window's library shown (spawn to the list and first article shown) on a library of
 * 50,000 articles against the same on 1,000 (× scale), alternating runs after a warm-up, medians.
 */
final class OpenCostMeasure implements Measure {
    static final int LARGE = 50_000;
    static final int SMALL = 1_000;
    static final int RUNS = 5;
    private static final long TIMEOUT_SECONDS = 180;

    @Override
    public String name() {
        return "open";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        int large = context.scaled(LARGE);
        int small = context.scaled(SMALL);
        Path big = BenchLibrary.library(context, "open", large);
        Path little = BenchLibrary.library(context, "open", small);
        String sizes = String.format(Locale.ROOT, "%,d vs %,d articles", large, small);
        String sizeNote = String.format(Locale.ROOT, "%.0f MB vs %.1f MB", Files.size(big) / 1e6, Files.size(little) / 1e6);
        List<Measurement> rows = new ArrayList<>();

        context.progress().printf("  sentag show 1 on %s, alternating%n", sizes);
        Pair command = alternate(context, "show 1", () -> command(context, big), () -> command(context, little));
        rows.add(Ratios.latency("command fixed cost (sentag show 1), " + sizes, command.first(), command.second(), "ms",
                1.3, String.format(Locale.ROOT, "median of %d alternating runs each (after a warm-up), spawn of the "
                        + "CLI JVM to its exit; libraries %s", RUNS, sizeNote)));

        String shownName = "library shown, " + sizes;
        Optional<List<String>> display = ProbeProcess.displayFlags();
        if (display.isEmpty()) {
            rows.add(new Measurement(shownName, Double.NaN, "ms", null, null, "ratio ≤ 1.3", false,
                    "not measured: no display"));
            return rows;
        }
        List<String> flags = new ArrayList<>(display.get());
        flags.add("-Dsentag.probe=library-shown");
        context.progress().printf("  window on %s, alternating%n", sizes);
        Pair shown = alternate(context, "library shown", () -> shown(context, flags, big),
                () -> shown(context, flags, little));
        rows.add(Ratios.latency(shownName, shown.first(), shown.second(), "ms", 1.3, String.format(Locale.ROOT,
                "median of %d alternating runs each (after a warm-up), spawn to the library list showing its first "
                        + "rows and the first article, %s", RUNS, ProbeProcess.displayName())));
        return rows;
    }

    /** Milliseconds from spawning {@code sentag --db DB show 1} until it exited (it must succeed). */
    private static double command(BenchContext context, Path db) throws IOException, InterruptedException {
        Path home = Files.createDirectories(context.scratch().resolve("child-home"));
        Path tmp = Files.createDirectories(context.scratch().resolve("child-tmp"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), LaunchMeasure.APP,
                "--db", db.toString(), "show", "1");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(context.scratch().resolve("child.err").toFile());
        builder.environment().put("XDG_DATA_HOME", home.toString());
        long start = System.nanoTime();
        Process child = builder.start();
        try {
            if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("sentag show 1 did not finish: " + String.join(" ", command));
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (child.exitValue() != 0) {
                throw new IllegalStateException("sentag show 1 failed (exit " + child.exitValue() + ", see "
                        + context.scratch().resolve("child.err") + ")");
            }
            return ms;
        } finally {
            child.destroyForcibly();
        }
    }

    private static double shown(BenchContext context, List<String> flags, Path db) throws Exception {
        ProbeProcess.forgetWindowState(db);
        return ProbeProcess.run(context.scratch(), System.getProperty("java.class.path"), flags, LaunchMeasure.APP,
                List.of("--db", db.toString())).spawnToLineMs();
    }

    /** One timed run. */
    private interface Run {
        double ms() throws Exception;
    }

    private record Pair(double first, double second) {
    }

    private static Pair alternate(BenchContext context, String what, Run first, Run second) throws Exception {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            double x = first.ms();
            double y = second.ms();
            if (run > 0) {
                a.add(x);
                b.add(y);
            }
            context.progress().printf(Locale.ROOT, "  %s run %d%s: %.0f ms vs %.0f ms%n", what, run,
                    run == 0 ? " (warm-up)" : "", x, y);
        }
        return new Pair(ProbeProcess.median(a), ProbeProcess.median(b));
    }
}
