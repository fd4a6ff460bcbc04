package dev.sentag.perf;

import dev.sentag.segment.NewsSentenceSegmenter;
import dev.sentag.segment.SentenceSegmenter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentence splitting throughput: Sentag's NewsSentenceSegmenter against ICU4J's sentence BreakIterator (the JDK's
 * when ICU4J is absent) on the same synthetic corpus held in memory, article by article. After warm-up passes,
 * rounds alternate which one goes first; the figures are medians over rounds.
 */
final class SplitMeasure implements Measure {
    private static final int WARMUP_PASSES = 3;
    private static final int ROUNDS = 7;

    @Override
    public String name() {
        return "split";
    }

    @Override
    public List<Measurement> run(BenchContext context) {
        int articles = context.scaled(ImportMeasure.ARTICLES);
        SyntheticCorpus corpus = new SyntheticCorpus(context.seed());
        List<String> texts = new ArrayList<>(articles);
        long bytes = 0;
        for (int i = 0; i < articles; i++) {
            texts.add(corpus.article(i));
            bytes += texts.get(i).getBytes(StandardCharsets.UTF_8).length;
        }
        SentenceSegmenter sentag = new NewsSentenceSegmenter();
        BreakIteratorSegmenter baseline = BreakIteratorSegmenter.icuOrJdk();
        context.progress().printf("  %.1f MB, %d warm-up passes, %d rounds; baseline %s%n", bytes / 1e6,
                WARMUP_PASSES, ROUNDS, baseline.name());
        for (int pass = 0; pass < WARMUP_PASSES; pass++) {
            seconds(sentag, texts);
            seconds(baseline, texts);
        }
        double[] sentagMbps = new double[ROUNDS];
        double[] bareMbps = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            boolean sentagFirst = round % 2 == 0;
            double first = seconds(sentagFirst ? sentag : baseline, texts);
            double second = seconds(sentagFirst ? baseline : sentag, texts);
            sentagMbps[round] = bytes / 1e6 / (sentagFirst ? first : second);
            bareMbps[round] = bytes / 1e6 / (sentagFirst ? second : first);
        }
        String name = String.format(Locale.ROOT, "sentence splitting, %.1f MB", bytes / 1e6);
        String note = String.format(Locale.ROOT, "baseline: %s; median of %d rounds", baseline.name(), ROUNDS);
        return List.of(Ratios.throughput(name, Samples.median(sentagMbps), Samples.median(bareMbps), "MB/s", 1.5,
                note));
    }

    private static double seconds(SentenceSegmenter segmenter, List<String> texts) {
        long sentences = 0;
        long start = System.nanoTime();
        for (String text : texts) {
            sentences += segmenter.segment(text).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sentences == 0) { // also keeps the work observable, so the JIT cannot drop it
            throw new IllegalStateException("a segmenter found no sentences in the corpus");
        }
        return seconds;
    }
}
