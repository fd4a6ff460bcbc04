package dev.sentag.bench;

import dev.sentag.segment.GoldScore;
import dev.sentag.segment.GoldScorer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The segmenter benchmark: exact-match % and boundary F1 of Sentag and the baselines on every gold
 * set, then throughput on one shared corpus, printed as Markdown tables. Run with {@code mvn -Pbench}
 * or {@code scripts/bench.sh}; settings as system properties: {@code bench.data} (gold folder,
 * default ../shared/data/sentences), {@code bench.mb} (corpus size, default 8), {@code bench.warmup}
 * (passes, default 10), {@code bench.rounds} (timed rounds, default 9), {@code bench.passes} (timed
 * passes over the corpus per segmenter and round, default 5).
 */
public final class SegmenterBenchmark {

    private SegmenterBenchmark() {
    }

    public static void main(String[] args) {
        Path data = Path.of(System.getProperty("bench.data", "../shared/data/sentences"));
        long targetBytes = (long) (Double.parseDouble(System.getProperty("bench.mb", "8")) * 1_000_000);
        int warmup = Integer.getInteger("bench.warmup", 10);
        int rounds = Integer.getInteger("bench.rounds", 9);
        int passes = Integer.getInteger("bench.passes", 5);

        List<BenchmarkedSegmenter> segmenters = BenchmarkedSegmenter.all();
        List<GoldDataSet> sets = GoldDataSet.benchmarkSets(data);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        out.println("## Sentence segmenters on `" + data.normalize() + "`");
        out.println();
        out.println(versions());
        out.println();
        out.println("Exact match: % of cases whose sentences, each stripped, equal gold exactly (passed/total).");
        out.println();
        out.print(accuracyTable(segmenters, sets).render());
        out.println();
        out.println("Boundary F1 (precision / recall): sentence-end offsets against gold, pooled over the cases;"
                + " the end of each text is not counted.");
        out.println();
        out.print(boundaryTable(segmenters, sets).render());
        out.println();

        ThroughputRun run = new ThroughputRun(
                ThroughputRun.repeatedTo(GoldDataSet.allTexts(data), targetBytes), warmup, rounds, passes);
        List<ThroughputRun.Result> results = run.measure(segmenters, referenceIndex(segmenters));
        out.printf(Locale.ROOT, "Throughput: the texts of all four gold files repeated to %.1f MB of UTF-8"
                        + " (%d paragraphs, segmented one by one); MB/s = 10^6 UTF-8 bytes per second, median"
                        + " of %d rounds of %d passes each, after %d warm-up passes; × JDK = median of the"
                        + " per-round speed ratios to the JDK BreakIterator.%n%n",
                run.utf8Bytes() / 1e6, run.paragraphCount(), rounds, passes, warmup);
        out.print(throughputTable(results).render());
    }

    private static MarkdownTable accuracyTable(List<BenchmarkedSegmenter> segmenters, List<GoldDataSet> sets) {
        MarkdownTable table = new MarkdownTable(header(sets));
        for (BenchmarkedSegmenter s : segmenters) {
            List<String> row = new ArrayList<>(List.of(s.name()));
            for (GoldDataSet set : sets) {
                GoldScore score = GoldScorer.score(s.segmenter(), set.cases());
                row.add(String.format(Locale.ROOT, "%.1f (%d/%d)", score.percent(), score.passed(), score.total()));
            }
            table.row(row);
        }
        return table;
    }

    private static MarkdownTable boundaryTable(List<BenchmarkedSegmenter> segmenters, List<GoldDataSet> sets) {
        MarkdownTable table = new MarkdownTable(header(sets));
        for (BenchmarkedSegmenter s : segmenters) {
            List<String> row = new ArrayList<>(List.of(s.name()));
            for (GoldDataSet set : sets) {
                BoundaryCounts counts = BoundaryScorer.score(s.segmenter(), set.cases());
                row.add(String.format(Locale.ROOT, "%.3f (%.3f / %.3f)",
                        counts.f1(), counts.precision(), counts.recall()));
            }
            table.row(row);
        }
        return table;
    }

    private static MarkdownTable throughputTable(List<ThroughputRun.Result> results) {
        MarkdownTable table = new MarkdownTable(List.of("Segmenter", "MB/s", "× JDK", "sentences per pass"));
        for (ThroughputRun.Result r : results) {
            table.row(List.of(r.name(), String.format(Locale.ROOT, "%.1f", r.megabytesPerSecond()),
                    String.format(Locale.ROOT, "%.2f", r.ratioToReference()), Long.toString(r.sentencesPerPass())));
        }
        return table;
    }

    private static List<String> header(List<GoldDataSet> sets) {
        List<String> header = new ArrayList<>(List.of("Segmenter"));
        sets.forEach(set -> header.add(set.name() + " (" + set.cases().size() + ")"));
        return header;
    }

    private static int referenceIndex(List<BenchmarkedSegmenter> segmenters) {
        for (int i = 0; i < segmenters.size(); i++) {
            if (segmenters.get(i).name().equals(BenchmarkedSegmenter.JDK_NAME)) {
                return i;
            }
        }
        throw new IllegalStateException("no JDK BreakIterator row to compare throughput against");
    }

    private static String versions() {
        return String.format(Locale.ROOT, "Java %s (%s), ICU4J %s, OpenNLP %s with opennlp-models-sentdetect-en 1.3.0.",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                com.ibm.icu.util.VersionInfo.ICU_VERSION, opennlp.tools.util.Version.currentVersion());
    }
}
