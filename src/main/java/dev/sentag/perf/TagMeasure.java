package dev.sentag.perf;

import dev.sentag.annotate.AnnotationService;
import dev.sentag.model.Label;
import dev.sentag.store.baseline.BareTagging;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Tag → durable: single tags on random sentences of a 1,000-article library, each timed from submission to the
 * returned commit along the keypress's path (AnnotationService.tag on the database's one thread, handed over the
 * way ui.Background does; the clock stops when the commit has returned there), against a bare autocommit upsert on
 * the tags table with the same pragmas over a twin copy of the library file. The two alternate in blocks, so a noisy
 * stretch of the shared machine hits both alike. Each side has a file of its own, so each pays its own WAL
 * checkpoints and page cache: sharing one file, whichever side's commit crossed SQLite's checkpoint bound copied the
 * other's pages too, and each block began with its cache emptied by the other's writes.
 */
final class TagMeasure implements Measure {
    static final int LIBRARY_ARTICLES = 1_000;
    static final int TAGS = 10_000;
    private static final int BLOCK = 250;


    @Override
    public String name() {
        return "tag";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        int articles = context.scaled(LIBRARY_ARTICLES);
        int tags = context.scaled(TAGS);
        Path library = BenchLibrary.library(context, "tagging", articles);
        Path twin = BenchLibrary.path(context, "tagging-bare", articles);
        Files.copy(library, twin, StandardCopyOption.REPLACE_EXISTING); // closed cleanly: no WAL beside it
        long[] sentenceIds = BareTagging.taggableSentences(library);
        Timed timed;
        try (Workspace ws = Workspace.openWithoutSnapshot(library); BareTagging.Upsert upsert = BareTagging.Upsert.open(twin)) {
            timed = alternate(context, ws, upsert, sentenceIds, tags, articles);
        }
        String name = String.format(Locale.ROOT, "tag → durable, %,d single tags", tags);
        String note = String.format(Locale.ROOT, "library of %,d articles; baseline: bare upsert, autocommit,"
                + " synchronous=FULL, WAL, on a twin copy of the file; %s", articles, timed.handOffNote());
        return timed.rows(name, note);
    }

    /**
     * Both sides' milliseconds per tag, Sentag's until the caller had the answer back (information), and the bare
     * hand-off to the database thread and back (p50 ms).
     */
    record Timed(double[] sentag, double[] bare, double[] answered, double handOff) {
        /** What the note says of the hand-off: the empty round trip, and when the caller had the tag's answer. */
        String handOffNote() {
            return String.format(Locale.ROOT, "handing empty work to the database thread and back takes %.3f ms"
                    + " (p50); the caller has the tag's answer back %.3f ms after submission (p50)", handOff,
                    Samples.percentile(answered, 50));
        }

        /** The p50 and p99 rows, target ratio ≤ 1.5; {@code note} goes on the first. */
        List<Measurement> rows(String name, String note) {
            return List.of(
                    Ratios.latency(name + ", p50", Samples.percentile(sentag, 50), Samples.percentile(bare, 50), "ms",
                            1.5, note),
                    Ratios.latency(name + ", p99", Samples.percentile(sentag, 99), Samples.percentile(bare, 99), "ms",
                            1.5, ""));
        }
    }

    /**
     * {@code tags} single tags on random sentences of {@code sentenceIds} (drawn with the run's seed), Sentag's keypress
     * path on {@code ws} and the bare {@code upsert} alternating in blocks, after an uncounted warm-up. Any backend.
     */
    static Timed alternate(BenchContext context, Workspace ws, BareTagging.Upsert upsert, long[] sentenceIds, int tags,
                           int articles) throws Exception {
        Random random = new Random(context.seed());
        long[] sentences = new long[tags];
        int[] labelPicks = new int[tags];
        for (int i = 0; i < tags; i++) {
            sentences[i] = sentenceIds[random.nextInt(sentenceIds.length)];
            labelPicks[i] = random.nextInt(3);
        }
        context.progress().printf("  %,d tags on %,d articles, Sentag and bare upsert alternating in blocks of %d%n",
                tags, articles, BLOCK);
        double[] sentag = new double[tags];
        double[] bare = new double[tags];
        double[] answered = new double[tags];
        Keypress keypress = new Keypress(ws.annotation(), ws.database().executor());
        int warmup = Math.min(tags, 200);
        for (int i = 0; i < warmup; i++) { // JIT and page cache, not counted
            keypress.tag(sentences[i], labelPicks[i]);
            upsert.tag(sentences[i], labelPicks[i]);
        }
        for (int from = 0; from < tags; from += BLOCK) {
            int to = Math.min(tags, from + BLOCK);
            for (int i = from; i < to; i++) {
                sentag[i] = keypress.tag(sentences[i], labelPicks[i]);
                answered[i] = keypress.lastAnswered();
            }
            for (int i = from; i < to; i++) {
                bare[i] = upsert.tag(sentences[i], labelPicks[i]);
            }
        }
        return new Timed(sentag, bare, answered, keypress.handOffMedian(Math.min(tags, 1_000)));
    }

    /** The keypress's path without JavaFX: the service call handed to the database thread as ui.Background does. */
    static final class Keypress {
        private final AnnotationService service;
        private final ExecutorService dbThread;
        private final long[] labelIds;
        private double lastAnswered;

        Keypress(AnnotationService service, ExecutorService dbThread) {
            this.service = service;
            this.dbThread = dbThread;
            this.labelIds = CompletableFuture.supplyAsync(() -> service.labels().labels().stream()
                    .mapToLong(Label::id).toArray(), dbThread).join();
        }

        /**
         * Milliseconds from submission until the commit has returned on the database thread: the tag is durable then.
         * The caller's own wake-up when it hears back is not part of it (the window's FX thread does not wait for it);
         * {@link #lastAnswered()} has that figure.
         */
        double tag(long sentenceId, int labelPick) {
            long start = System.nanoTime();
            long committed = CompletableFuture.supplyAsync(() -> {
                service.tag(sentenceId, labelIds[labelPick]);
                return System.nanoTime();
            }, dbThread).join();
            lastAnswered = (System.nanoTime() - start) / 1e6;
            return (committed - start) / 1e6;
        }

        /** Milliseconds from the last tag's submission until the caller had its answer back. */
        double lastAnswered() {
            return lastAnswered;
        }

        /** p50 milliseconds of handing empty work to the database thread and back: Sentag's floor, no SQL. */
        double handOffMedian(int times) {
            double[] ms = new double[times];
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                CompletableFuture.supplyAsync(() -> null, dbThread).join();
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            return Samples.median(ms);
        }
    }
}
