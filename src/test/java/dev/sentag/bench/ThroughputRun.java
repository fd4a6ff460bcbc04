package dev.sentag.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times every segmenter on the same list of paragraphs: a few warm-up passes each, then rounds in
 * which each segmenter makes the same number of timed passes, the order rotating from round to
 * round so that a noisy stretch of the machine does not always hit the same one.
 */
final class ThroughputRun {

    /**
     * One segmenter's figures.
     *
     * @param megabytesPerSecond median over rounds of UTF-8 megabytes (10^6 bytes) per second
     * @param ratioToReference   median over rounds of (reference seconds / this seconds) in the same round
     * @param sentencesPerPass   spans returned per pass over the corpus
     */
    record Result(String name, double megabytesPerSecond, double ratioToReference, long sentencesPerPass) {
    }

    private final List<String> paragraphs;
    private final long utf8Bytes;
    private final int warmupPasses;
    private final int rounds;
    private final int passesPerRound;

    ThroughputRun(List<String> paragraphs, int warmupPasses, int rounds, int passesPerRound) {
        if (paragraphs.isEmpty() || rounds < 1 || passesPerRound < 1 || warmupPasses < 0) {
            throw new IllegalArgumentException("need paragraphs, at least one round and pass, no negative warm-up");
        }
        this.paragraphs = List.copyOf(paragraphs);
        this.utf8Bytes = utf8Bytes(paragraphs);
        this.warmupPasses = warmupPasses;
        this.rounds = rounds;
        this.passesPerRound = passesPerRound;
    }

    /** {@code texts} repeated, whole, until their UTF-8 size reaches {@code targetBytes}. */
    static List<String> repeatedTo(List<String> texts, long targetBytes) {
        long once = utf8Bytes(texts);
        if (once == 0) {
            throw new IllegalArgumentException("no text to repeat");
        }
        List<String> corpus = new ArrayList<>();
        for (long size = 0; size < targetBytes; size += once) {
            corpus.addAll(texts);
        }
        return corpus;
    }

    static long utf8Bytes(List<String> texts) {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    long utf8Bytes() {
        return utf8Bytes;
    }

    int paragraphCount() {
        return paragraphs.size();
    }

    /** Measures all segmenters; ratios are against {@code segmenters.get(reference)}. */
    List<Result> measure(List<BenchmarkedSegmenter> segmenters, int reference) {
        int n = segmenters.size();
        long[] sentences = new long[n];
        for (int s = 0; s < n; s++) {
            for (int pass = 0; pass < warmupPasses; pass++) {
                sentences[s] = passes(segmenters.get(s), 1).sentences();
            }
        }
        double[][] seconds = new double[n][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                int s = (round + k) % n;
                Passes timed = passes(segmenters.get(s), passesPerRound);
                seconds[s][round] = timed.seconds();
                sentences[s] = timed.sentences() / passesPerRound;
            }
        }
        List<Result> results = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            double[] mbps = new double[rounds];
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                mbps[round] = (double) utf8Bytes * passesPerRound / 1e6 / seconds[s][round];
                ratios[round] = seconds[reference][round] / seconds[s][round];
            }
            results.add(new Result(segmenters.get(s).name(), median(mbps), median(ratios), sentences[s]));
        }
        return results;
    }

    private record Passes(double seconds, long sentences) {
    }

    private Passes passes(BenchmarkedSegmenter segmenter, int count) {
        long sentences = 0;
        long start = System.nanoTime();
        for (int pass = 0; pass < count; pass++) {
            for (String paragraph : paragraphs) {
                // Counting the spans keeps the work observable, so the JIT cannot drop it.
                sentences += segmenter.segmenter().segment(paragraph).size();
            }
        }
        return new Passes((System.nanoTime() - start) / 1e9, sentences);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
