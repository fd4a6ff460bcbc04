package dev.sentag.perf;

import dev.sentag.ingest.ImportResult;
import dev.sentag.ingest.ImportService;
import dev.sentag.store.baseline.BareTagging;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * Tag → durable while a folder import runs: a folder of 10,000 new articles (× scale) is imported into a copy of the
 * 1,000-article tagging library, as File → Import folder does (the import alongside, its slices queued on the
 * database thread), while single tags go along the keypress's path, 50 a second. Its p99 must stay within
 * 50 ms; the baseline is the same tags' p99 with no import running, for information.
 */
final class TagDuringImportMeasure implements Measure {
    static final int IMPORT_ARTICLES = 10_000;
    static final double TARGET_MS = 50;
    /** Faster than anyone tags (50 a second), for samples enough for a p99; back to back would leave the import no turn. */
    private static final long PAUSE_NANOS = 20_000_000;
    private static final int IDLE_TAGS = 200;

    @Override
    public String name() {
        return "tag-during-import";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        int articles = context.scaled(TagMeasure.LIBRARY_ARTICLES);
        int incoming = context.scaled(IMPORT_ARTICLES);
        Path db = context.scratch().resolve("tag-during-import.db");
        Files.copy(BenchLibrary.library(context, "tagging", articles), db);
        Path folder = context.scratch().resolve("import-during-tags");
        // Another seed: the tagging library's own articles would only be found as duplicates.
        new SyntheticCorpus(context.seed() + 1).writeFolder(folder, incoming);
        long[] sentenceIds = BareTagging.taggableSentences(db);
        Random random = new Random(context.seed());
        context.progress().printf("  tags every %.0f ms while %,d articles are imported into a library of %,d%n",
                PAUSE_NANOS / 1e6, incoming, articles);
        List<Double> idle = new ArrayList<>();
        List<Double> busy = new ArrayList<>();
        double importSeconds;
        try (Workspace ws = Workspace.openWithoutSnapshot(db)) {
            var keypress = new TagMeasure.Keypress(ws.annotation(), ws.database().executor());
            for (int i = 0; i < 100 + IDLE_TAGS; i++) { // the first 100 warm up, not counted
                double ms = keypress.tag(sentenceIds[random.nextInt(sentenceIds.length)], random.nextInt(3));
                if (i >= 100) {
                    idle.add(ms);
                }
                LockSupport.parkNanos(PAUSE_NANOS / 10);
            }
            long start = System.nanoTime();
            // The import, then the find index catching up on what it stored: as in the window, both in slices.
            CompletableFuture<List<ImportResult>> imported = CompletableFuture.supplyAsync(() -> {
                var results = ws.imports().importAll(List.of(folder), ImportService.Progress.NONE);
                ws.find().indexAll();
                return results;
            }, task -> new Thread(task, "bench-import").start());
            do { // at least one, however quick the import
                busy.add(keypress.tag(sentenceIds[random.nextInt(sentenceIds.length)], random.nextInt(3)));
                LockSupport.parkNanos(PAUSE_NANOS);
            } while (!imported.isDone());
            importSeconds = (System.nanoTime() - start) / 1e9;
            BenchLibrary.requireAllImported(imported.join(), incoming);
        }
        double[] during = busy.stream().mapToDouble(Double::doubleValue).toArray();
        double[] without = idle.stream().mapToDouble(Double::doubleValue).toArray();
        double p99 = Samples.percentile(during, 99);
        double idleP99 = Samples.percentile(without, 99);
        String name = String.format(Locale.ROOT, "tag → durable during a folder import of %,d articles, p99", incoming);
        return List.of(new Measurement(name, p99, "ms", idleP99, p99 / idleP99,
                String.format(Locale.ROOT, "p99 ≤ %.0f ms", TARGET_MS), p99 <= TARGET_MS, String.format(Locale.ROOT,
                "%,d tags while the import and then its find indexing ran (%.1f s, %.0f articles/s), p50 %.2f ms, max %.1f ms; baseline: p99 of "
                        + "%d tags with no import running", during.length, importSeconds, incoming / importSeconds,
                Samples.percentile(during, 50), Samples.percentile(during, 100), IDLE_TAGS)));
    }
}
