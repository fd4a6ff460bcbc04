package dev.sentag.perf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the app measures (launch, large article, library memory) and prints their rows, until {@code sentag bench}
 * lists them. By hand: {@code java -cp target/sentag.jar:target/test-classes dev.sentag.perf.RunAppMeasures
 * [scale] [launch|large-article|library-memory ...]}.
 */
public final class RunAppMeasures {
    private RunAppMeasures() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        for (Measure m : List.of(new LaunchMeasure(), new LargeArticleMeasure(), new LibraryMemoryMeasure())) {
            if (!only.isEmpty() && !only.contains(m.name())) {
                continue;
            }
            Path scratch = Files.createTempDirectory("sentag-bench-" + m.name());
            for (Measurement row : m.run(new BenchContext(scratch, 42, scale, System.err))) {
                System.out.printf(Locale.ROOT, "| %s | %.1f %s | %s | %s | %s | %s | %s |%n", row.name(), row.value(),
                        row.unit(), row.baseline() == null ? "—" : String.format(Locale.ROOT, "%.1f", row.baseline()),
                        row.ratio() == null ? "—" : String.format(Locale.ROOT, "%.2f", row.ratio()), row.target(),
                        row.met() ? "yes" : "NO", row.note());
            }
        }
    }
}
