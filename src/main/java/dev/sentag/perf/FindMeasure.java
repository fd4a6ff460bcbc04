package dev.sentag.perf;

import dev.sentag.model.FindCriterion;
import dev.sentag.model.FindQuery;
import dev.sentag.store.baseline.BareFind;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Find and statistics on the import measure's library (10,000 articles × scale, about 310,000 sentences), after
 * two annotators' tags are written into it. Find: three queries as the find panel sends them (at most 500 results,
 * words in any order, a phrase, a filter) through FindService, each against the bare FTS5 match on the same tables;
 * the row is the slowest query's median. Statistics: FindService.statistics against one grouped label count.
 */
final class FindMeasure implements Measure {
    private static final int ROUNDS = 7;
    private static final int LIMIT = 500;
    /** What the user types, the same query in FTS5 syntax for the baseline, and a filter (or null). */
    private static final List<String[]> QUERIES = List.of(
            new String[] {"sanctions", "sanctions", null},
            new String[] {"geneva \"talks in\"", "geneva \"talks in\"", null},
            new String[] {"missile programme", "missile programme", FindCriterion.DISPUTED});

    @Override
    public String name() {
        return "find";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        int articles = context.scaled(ImportMeasure.ARTICLES);
        Path library = BenchLibrary.library(context, "library", articles);
        context.progress().printf("  writing two annotators' tags%n");
        long tags = BareFind.seedTags(library);
        double worstSentag = 0;
        double worstBare = 0;
        String worstQuery = "";
        double[] stats = new double[ROUNDS];
        double[] bareStats = new double[ROUNDS];
        int sentences;
        try (Workspace ws = Workspace.openWithoutSnapshot(library); BareFind.Session bare = BareFind.Session.open(library)) {
            sentences = ws.find().statistics().sentences(); // also warms the page cache
            for (String[] q : QUERIES) {
                List<FindCriterion> filters = q[2] == null ? List.of() : List.of(FindCriterion.flag(q[2]));
                FindQuery query = new FindQuery(q[0], filters, "ana", LIMIT);
                double[] sentag = new double[ROUNDS];
                double[] baseline = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    long start = System.nanoTime();
                    int found = ws.find().find(query).size();
                    sentag[round] = (System.nanoTime() - start) / 1e6;
                    start = System.nanoTime();
                    int matched = bare.match(q[1], LIMIT);
                    baseline[round] = (System.nanoTime() - start) / 1e6;
                    if (found == 0 || matched == 0) {
                        throw new IllegalStateException("'" + q[0] + "' found nothing in the bench library.");
                    }
                }
                double median = Samples.median(sentag);
                if (median > worstSentag) {
                    worstSentag = median;
                    worstBare = Samples.median(baseline);
                    worstQuery = q[0] + (q[2] == null ? "" : " --" + q[2]);
                }
            }
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                ws.find().statistics();
                stats[round] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                bare.countLabels();
                bareStats[round] = (System.nanoTime() - start) / 1e6;
            }
        }
        double statsMs = Samples.median(stats);
        double bareStatsMs = Samples.median(bareStats);
        return List.of(
                new Measurement(String.format(Locale.ROOT, "find over %,d sentences (slowest of %d queries)", sentences,
                        QUERIES.size()), worstSentag, "ms", worstBare, worstSentag / worstBare, "< 200 ms",
                        worstSentag < 200, String.format(Locale.ROOT, "median of %d rounds; slowest: '%s'; at most %d"
                                + " results as the panel asks; baseline: the bare FTS5 match", ROUNDS, worstQuery, LIMIT)),
                new Measurement(String.format(Locale.ROOT, "stats over %,d sentences, %,d tags", sentences, tags),
                        statsMs, "ms", bareStatsMs, statsMs / bareStatsMs, "< 1 s", statsMs < 1000,
                        String.format(Locale.ROOT, "median of %d rounds; baseline: one grouped label count", ROUNDS)));
    }
}
