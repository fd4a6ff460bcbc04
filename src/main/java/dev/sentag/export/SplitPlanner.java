package dev.sentag.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Assigns whole documents to train/dev/test so that each part gets about its share of the sentences and
 * of each label ("stratified where possible": documents are indivisible, so shares are approximate).
 *
 * <p>Greedy, in a seeded shuffled order with larger documents first: each document goes to the part that
 * most lacks its labels, measured against the part's target share. The same seed and the same documents
 * give the same split.
 */
final class SplitPlanner {
    /** What the planner needs of a document: its id, and how many selected sentences carry each label. */
    record DocumentCounts(long id, int sentences, Map<String, Integer> labels) {
    }

    private SplitPlanner() {
    }

    /** The part index (0 train, 1 dev, 2 test) of every document. */
    static Map<Long, Integer> plan(List<DocumentCounts> documents, SplitSpec spec) {
        List<DocumentCounts> order = new ArrayList<>(documents);
        order.sort(Comparator.comparingLong(DocumentCounts::id));
        Collections.shuffle(order, new Random(spec.seed()));
        // Stable sort keeps the seeded order among equal sizes; big documents first leaves small ones to even out.
        order.sort(Comparator.comparingInt(DocumentCounts::sentences).reversed());

        Map<String, Integer> labelTotals = new HashMap<>();
        int sentenceTotal = 0;
        for (DocumentCounts d : documents) {
            d.labels().forEach((l, n) -> labelTotals.merge(l, n, Integer::sum));
            sentenceTotal += d.sentences();
        }
        double[] sentencesIn = new double[3];
        List<Map<String, Integer>> labelsIn = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        Map<Long, Integer> plan = new HashMap<>();
        for (DocumentCounts d : order) {
            int best = -1;
            double bestNeed = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < 3; p++) {
                double share = spec.share(p) / 100.0;
                if (share == 0) {
                    continue;
                }
                double need = (share * sentenceTotal - sentencesIn[p]) / Math.max(1, sentenceTotal);
                for (Map.Entry<String, Integer> e : d.labels().entrySet()) {
                    int total = labelTotals.get(e.getKey());
                    need += e.getValue() * (share * total - labelsIn.get(p).getOrDefault(e.getKey(), 0))
                            / (double) Math.max(1, total) / Math.max(1, d.sentences());
                }
                if (need > bestNeed) {
                    bestNeed = need;
                    best = p;
                }
            }
            plan.put(d.id(), best);
            sentencesIn[best] += d.sentences();
            for (Map.Entry<String, Integer> e : d.labels().entrySet()) {
                labelsIn.get(best).merge(e.getKey(), e.getValue(), Integer::sum);
            }
        }
        return plan;
    }
}
