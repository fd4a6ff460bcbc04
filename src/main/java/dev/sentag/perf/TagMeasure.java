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
    /**
     * Uncounted warm-up tags (scaled, at least 200): past HotSpot's 5,000 calls after which its optimizing compiler (C2)
     * takes a method, so the keypress's path is compiled before the clock runs. With 200, those compilations ran during
     * the timed tags and took one of the two cores from the database server: the first quarter's p99 was 2.5-3.7 times
     * the bare upsert's, the later quarters' 1.3-1.6, and with C2 off (-XX:TieredStopAtLevel=1) every quarter was flat.
     */
    static final int WARM_UP = 6_000;


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
    record Timed(double[] sentag, double[] bare, double[] answered, double handOff, WarmUp warmUp) {
        /**
         * What the note says of the hand-off (the empty round trip, and when the caller had the tag's answer) and of
         * the uncounted warm-up.
         */
        String handOffNote() {
            return String.format(Locale.ROOT, "handing empty work to the database thread and back takes %.3f ms"
                    + " (p50); the caller has the tag's answer back %.3f ms after submission (p50); %s", handOff,
                    Samples.percentile(answered, 50), warmUp.note());
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
        Draw measured = Draw.of(random, sentenceIds, tags);
        Draw warm = Draw.of(random, sentenceIds, Math.max(Math.min(tags, 200), context.scaled(WARM_UP)));
        Keypress keypress = new Keypress(ws.annotation(), ws.database().executor());
        context.progress().printf("  %,d warm-up tags, then %,d tags on %,d articles, Sentag and bare upsert"
                + " alternating in blocks of %d%n", warm.size(), tags, articles, BLOCK);
        Sides warmUp = Sides.run(warm, keypress, upsert); // JIT and page cache, not counted
        double settled = Compilation.awaitQuiet();
        Sides timed = Sides.run(measured, keypress, upsert);
        return new Timed(timed.sentag, timed.bare, timed.answered, keypress.handOffMedian(Math.min(tags, 1_000)),
                new WarmUp(warm.size(), Samples.percentile(warmUp.sentag, 99), Samples.percentile(warmUp.bare, 99),
                        settled));
    }

    /** The warm-up: its tags, each side's p99 over them (ms), and the seconds waited for the compiler to go quiet. */
    record WarmUp(int tags, double sentagP99, double bareP99, double settleSeconds) {
        String note() {
            return String.format(Locale.ROOT, "the %,d warm-up tags before (not counted; HotSpot compiles the path"
                    + " meanwhile) had p99 %.3f ms against the bare upsert's %.3f ms, and the compiler was quiet %.1f s"
                    + " after them", tags, sentagP99, bareP99, settleSeconds);
        }
    }

    /** Sentences to tag and the label picked for each, drawn with the run's seed. */
    private record Draw(long[] sentences, int[] labelPicks) {
        static Draw of(Random random, long[] sentenceIds, int count) {
            long[] sentences = new long[count];
            int[] labelPicks = new int[count];
            for (int i = 0; i < count; i++) {
                sentences[i] = sentenceIds[random.nextInt(sentenceIds.length)];
                labelPicks[i] = random.nextInt(3);
            }
            return new Draw(sentences, labelPicks);
        }

        int size() {
            return sentences.length;
        }
    }

    /** Each side's milliseconds per tag over one draw, Sentag and the bare upsert alternating in blocks. */
    private record Sides(double[] sentag, double[] bare, double[] answered) {
        static Sides run(Draw draw, Keypress keypress, BareTagging.Upsert upsert) throws Exception {
            int n = draw.size();
            Sides sides = new Sides(new double[n], new double[n], new double[n]);
            for (int from = 0; from < n; from += BLOCK) {
                int to = Math.min(n, from + BLOCK);
                for (int i = from; i < to; i++) {
                    sides.sentag[i] = keypress.tag(draw.sentences[i], draw.labelPicks[i]);
                    sides.answered[i] = keypress.lastAnswered();
                }
                for (int i = from; i < to; i++) {
                    sides.bare[i] = upsert.tag(draw.sentences[i], draw.labelPicks[i]);
                }
            }
            return sides;
        }
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
