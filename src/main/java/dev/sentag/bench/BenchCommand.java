package dev.sentag.bench;

import dev.sentag.cli.CommandPlugin;
import dev.sentag.perf.BenchReport;
import dev.sentag.perf.BenchRun;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sentag bench}: the performance measures on a synthetic corpus in a scratch folder, never the user's library.
 * A {@link CommandPlugin}: the CLI finds it on the class path and does not import the benchmark.
 */
@Command(name = "bench", description = "Measure import, tagging, export and splitting on a generated corpus in a"
        + " temporary folder (your library is not opened), each against a bare baseline run alongside.")
public final class BenchCommand implements Callable<Integer>, CommandPlugin {
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print one JSON object instead of the Markdown table.")
    boolean json;
    @Option(names = "--scale", defaultValue = "1.0", paramLabel = "X",
            description = "Size factor of every corpus and count (default 1.0: 10,000 articles, 10,000 tags).")
    double scale;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the synthetic corpus (default 1).")
    long seed;
    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Run only these measures, e.g. import,split.")
    List<String> only = List.of();
    @Option(names = "--pg", paramLabel = "URL", description = {"Also run the PostgreSQL rows in this database"
            + " (postgresql://USER@HOST:PORT/DBNAME; password from PGPASSWORD or ~/.pgpass).",
            "They work in scratch schemas sentag_bench_* made there and dropped afterwards; the login needs CREATE on the"
            + " database."})
    String pg;
    @Option(names = "--keep", description = "Keep the scratch folder (its path goes to standard error).")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        // The global --db is deliberately ignored: a benchmark must never touch the user's library.
        BenchRun run = new BenchRun(seed, scale, Set.copyOf(only), pg);
        BenchReport report = run.run(spec.commandLine().getErr(), keep); // progress on stderr: stdout is the table
        var out = spec.commandLine().getOut();
        out.print(json ? report.json() + System.lineSeparator() : report.markdown());
        out.flush();
        return 0;
    }
}
