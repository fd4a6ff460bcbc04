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
        return alpha(sums[0], sums[1], nc.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Alpha from the sums over units: sum_{c != k} o_ck, n and each value's n_c. */
    private static double alpha(double disagreeing, double n, double[] nc) {
        double sumSquares = 0;
        for (double v : nc) {
            sumSquares += v * v;
        }
        double expected = n * n - sumSquares;
        if (n < 2 || expected == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * disagreeing / expected;
    }

    /**
     * A 95 % interval for alpha by bootstrapping units (resampled with replacement, {@code rounds} times,
     * seeded so a report can be reproduced): the 2.5th and 97.5th percentiles. Each unit's share of the
     * sums is worked out once, so a round only adds numbers (100,000 units: about a second, not minutes);
     * an interrupted thread stops with a CancellationException (the window supersedes requests).
     */
    public static double[] bootstrap95(ReliabilityData data, int rounds, long seed) {
        List<Map<String, String>> units = data.pairable();
        if (units.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        List<String> values = data.values();
        double[][] shares = new double[units.size()][];
        for (int i = 0; i < units.size(); i++) {
            Map<String, Double> nc = new HashMap<>();
            double[] sums = disagreement(List.of(units.get(i)), nc);
            double[] share = new double[values.size() + 2];
            share[0] = sums[0];
            share[1] = sums[1];
            nc.forEach((value, count) -> share[2 + values.indexOf(value)] = count);
            shares[i] = share;
        }
        Random random = new Random(seed);
        List<Double> alphas = new ArrayList<>(rounds);
        double[] total = new double[values.size() + 2];
        for (int r = 0; r < rounds; r++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("agreement bootstrap interrupted");
            }
            java.util.Arrays.fill(total, 0);
            for (int i = 0; i < units.size(); i++) {
                double[] share = shares[random.nextInt(units.size())];
                for (int j = 0; j < share.length; j++) {
                    total[j] += share[j];
                }
            }
            double a = alpha(total[0], total[1], java.util.Arrays.copyOfRange(total, 2, total.length));
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
