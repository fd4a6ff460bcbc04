package dev.sentag.perf;

import dev.sentag.ingest.ImportService;
import dev.sentag.store.baseline.BareImport;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Import + segment a folder of 10,000 articles (× scale) into a fresh library, exactly as File → Import folder
 * does, against a plain JDBC loop inserting the same document and sentence rows (taken from Sentag's result, so
 * split beforehand and not timed) into a fresh database of the same schema and pragmas in one transaction. Both sides
 * warm up first on a tenth of the corpus, uncounted; the note gives what the warm-up took in the fresh JVM.
 */
final class ImportMeasure implements Measure {
    static final int ARTICLES = 10_000;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        int articles = context.scaled(ARTICLES);
        Path folder = BenchLibrary.corpus(context, articles);
        double megabytes = folderBytes(folder) / 1e6;
        Path library = BenchLibrary.path(context, "library", articles);

        Warmup warmup = warmUp(context, articles);
        context.progress().printf("  Sentag: importing %,d articles (%.1f MB)%n", articles, megabytes);
        double sentagSeconds;
        double indexSeconds;
        try (Workspace ws = Workspace.openWithoutSnapshot(library)) {
            long start = System.nanoTime();
            var results = ws.imports().importAll(List.of(folder), ImportService.Progress.NONE);
            sentagSeconds = (System.nanoTime() - start) / 1e9;
            BenchLibrary.requireAllImported(results, articles);
            indexSeconds = catchUp(ws);
        }

        context.progress().println("  baseline: plain JDBC insert of the same rows, one transaction");
        BareImport rows = BareImport.read(library);
        Path bare = context.scratch().resolve("import-baseline.db");
        Workspace.openWithoutSnapshot(bare).close(); // the schema, made by the same migrations
        double bareSeconds = rows.insertInto(bare);

        String name = String.format(Locale.ROOT, "import + segment %,d articles (%.1f MB)", articles, megabytes);
        String note = String.format(Locale.ROOT, "%,d sentences; Sentag %.2f s (as File → Import folder: files read ahead on"
                + " the other cores, ~15 ms slices stored while the next is read, the find index left to the row below),"
                + " baseline %.2f s; both after an uncounted warm-up on %,d articles (in the fresh JVM Sentag's took"
                + " %.2f s, %,.0f articles/s; the baseline's %.2f s)", rows.sentenceCount(), sentagSeconds, bareSeconds,
                warmup.articles(), warmup.sentagSeconds(), warmup.articles() / warmup.sentagSeconds(),
                warmup.bareSeconds());
        return List.of(
                Ratios.throughput(name, articles / sentagSeconds, articles / bareSeconds, "articles/s", 0.5, note),
                Ratios.throughput(name, megabytes / sentagSeconds, megabytes / bareSeconds, "MB/s", 0.5, ""),
                indexedRow(name, articles, sentagSeconds, indexSeconds, bareSeconds));
    }

    /** What the warm-up did: its size and each side's seconds. */
    record Warmup(int articles, double sentagSeconds, double bareSeconds) {
    }

    /**
     * Both sides once, uncounted, on a corpus a tenth the size, each into a scratch file of its own, as the other rows
     * warm up: the timed runs then compare the same JVM state. Without it Sentag's import ran in a fresh JVM, its
     * splitter and store code compiled while it ran on the same two cores, and the baseline ran after it, in a JVM that
     * import had warmed (sqlite-jdbc's paths compiled).
     */
    private static Warmup warmUp(BenchContext context, int articles) throws Exception {
        int small = Math.max(1, articles / 10);
        Path folder = BenchLibrary.corpus(context, small);
        Path library = context.scratch().resolve("import-warmup-" + small + ".db");
        Files.deleteIfExists(library);
        context.progress().printf("  warm-up, not counted: both sides on %,d articles%n", small);
        double sentagSeconds;
        try (Workspace ws = Workspace.openWithoutSnapshot(library)) {
            long start = System.nanoTime();
            BenchLibrary.requireAllImported(ws.imports().importAll(List.of(folder), ImportService.Progress.NONE), small);
            sentagSeconds = (System.nanoTime() - start) / 1e9;
            catchUp(ws);
        }
        Path bare = context.scratch().resolve("import-warmup-baseline.db");
        Files.deleteIfExists(bare);
        Workspace.openWithoutSnapshot(bare).close();
        double bareSeconds = BareImport.read(library).insertInto(bare);
        return new Warmup(small, sentagSeconds, bareSeconds);
    }

    /**
     * The find index catching up after the import (as the window and {@code sentag import} do it right after): its own
     * time, so that a faster import which merely moved its cost out of the timed part shows it.
     */
    static double catchUp(Workspace ws) {
        long start = System.nanoTime();
        ws.find().indexAll();
        if (ws.find().notYetIndexed() != 0) {
            throw new IllegalStateException("The find index did not catch up with the import.");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The import and the find index's catching up together, against the same bare insert (which indexes nothing). */
    static Measurement indexedRow(String name, int articles, double importSeconds, double indexSeconds,
                                  double bareSeconds) {
        double all = importSeconds + indexSeconds;
        return new Measurement(name + ", then find index caught up", articles / all, "articles/s", articles / bareSeconds,
                (articles / all) / (articles / bareSeconds), "information", true, String.format(Locale.ROOT,
                "the import %.2f s, then the find index of its sentences built in slices on the database thread %.2f s"
                        + " (find right after an import indexes first or says how far it is); the bare insert builds"
                        + " no find index", importSeconds, indexSeconds));
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long total = 0;
            for (Path f : files.toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }
}
