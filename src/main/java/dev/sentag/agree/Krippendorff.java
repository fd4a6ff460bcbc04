package dev.sentag.agree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed, computed from
 * the coincidence matrix as in K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011),
 * section C: alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c * n_k.
 */
public final class Krippendorff {
    private Krippendorff() {
    }

    /** Alpha, or NaN when it is undefined (fewer than two pairable values, or only one value in use). */
    public static double alpha(ReliabilityData data) {
        return alpha(data.pairable());
    }

    /**
     * Observed agreement: the share of agreeing pairs among all pairs of values within units, each unit's
     * pairs weighted 1 / (m_u - 1) as in the coincidence matrix (A_o = sum_c o_cc / n).
     */
    public static double observedAgreement(ReliabilityData data) {
        double[] sums = disagreement(data.pairable(), new HashMap<>());
        return sums[1] == 0 ? Double.NaN : 1 - sums[0] / sums[1];
    }

    /** Sums over the units: [sum_{c != k} o_ck, n], filling {@code nc} with each value's n_c. */
    private static double[] disagreement(List<Map<String, String>> pairable, Map<String, Double> nc) {
        double disagreeing = 0;
        double n = 0;
        for (Map<String, String> unit : pairable) {
            int m = unit.size();
            Map<String, Integer> counts = new HashMap<>();
            unit.values().forEach(v -> counts.merge(v, 1, Integer::sum));
            for (var e : counts.entrySet()) {
                nc.merge(e.getKey(), (double) e.getValue(), Double::sum);
                // o_ck for c != k sums, over ordered pairs of different values, 1 / (m - 1) each.
                disagreeing += e.getValue() * (double) (m - e.getValue()) / (m - 1);
            }
            n += m;
        }
        return new double[] {disagreeing, n};
    }

    private static double alpha(List<Map<String, String>> pairable) {
        Map<String, Double> nc = new HashMap<>();
        double[] sums = disagreement(pairable, nc);
        double disagreeing = sums[0];
        double n = sums[1];
        double sumSquares = nc.values().stream().mapToDouble(v -> v * v).sum();
        double expected = n * n - sumSquares;
        if (n < 2 || expected == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * disagreeing / expected;
    }

    /**
     * A 95 % interval for alpha by bootstrapping units (resampled with replacement, {@code rounds} times,
     * seeded so a report can be reproduced): the 2.5th and 97.5th percentiles. On a large set this takes
     * a while, so an interrupted thread stops with a CancellationException (the window supersedes requests).
     */
    public static double[] bootstrap95(ReliabilityData data, int rounds, long seed) {
        List<Map<String, String>> units = data.pairable();
        if (units.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Random random = new Random(seed);
        List<Double> alphas = new ArrayList<>(rounds);
        List<Map<String, String>> sample = new ArrayList<>(units.size());
        for (int r = 0; r < rounds; r++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("agreement bootstrap interrupted");
            }
            sample.clear();
            for (int i = 0; i < units.size(); i++) {
                sample.add(units.get(random.nextInt(units.size())));
            }
            double a = alpha(sample);
            if (!Double.isNaN(a)) {
                alphas.add(a);
            }
        }
        if (alphas.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        alphas.sort(Double::compare);
        return new double[] {percentile(alphas, 2.5), percentile(alphas, 97.5)};
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.round(p / 100 * (sorted.size() - 1));
        return sorted.get(index);
    }
}
