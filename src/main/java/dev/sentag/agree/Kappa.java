package dev.sentag.agree;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Chance-corrected agreement: Cohen's kappa for two coders and Fleiss' kappa for many. */
public final class Kappa {
    private Kappa() {
    }

    /**
     * Cohen's kappa (J. Cohen, 1960) over the units both coders valued: (p_o - p_e) / (1 - p_e), with p_e
     * from each coder's own label distribution. NaN if they share no unit or p_e is 1.
     */
    public static double cohen(ReliabilityData data, String a, String b) {
        Map<String, Double> first = new HashMap<>();
        Map<String, Double> second = new HashMap<>();
        double agree = 0;
        double n = 0;
        for (Map<String, String> u : data.units()) {
            String x = u.get(a);
            String y = u.get(b);
            if (x == null || y == null) {
                continue;
            }
            n++;
            agree += x.equals(y) ? 1 : 0;
            first.merge(x, 1.0, Double::sum);
            second.merge(y, 1.0, Double::sum);
        }
        if (n == 0) {
            return Double.NaN;
        }
        double chance = 0;
        for (var e : first.entrySet()) {
            chance += e.getValue() / n * second.getOrDefault(e.getKey(), 0.0) / n;
        }
        return chance == 1 ? Double.NaN : (agree / n - chance) / (1 - chance);
    }

    /**
     * Fleiss' kappa (J. L. Fleiss, 1971) over the units at least two coders valued; a unit with n_i
     * ratings contributes P_i = (sum_j n_ij^2 - n_i) / (n_i (n_i - 1)), so units may differ in their
     * number of ratings (with equal numbers this is Fleiss' formula exactly).
     */
    public static double fleiss(ReliabilityData data) {
        return fleiss(data.pairable().stream().map(u -> counts(u.values())).toList());
    }

    /** Fleiss' kappa from per-unit category counts. */
    public static double fleiss(List<Map<String, Integer>> units) {
        if (units.isEmpty()) {
            return Double.NaN;
        }
        Map<String, Double> totals = new HashMap<>();
        double ratings = 0;
        double meanP = 0;
        for (Map<String, Integer> unit : units) {
            int n = unit.values().stream().mapToInt(Integer::intValue).sum();
            double squares = 0;
            for (var e : unit.entrySet()) {
                squares += (double) e.getValue() * e.getValue();
                totals.merge(e.getKey(), (double) e.getValue(), Double::sum);
            }
            meanP += (squares - n) / ((double) n * (n - 1));
            ratings += n;
        }
        meanP /= units.size();
        double total = ratings;
        double chance = totals.values().stream().mapToDouble(v -> (v / total) * (v / total)).sum();
        return chance == 1 ? Double.NaN : (meanP - chance) / (1 - chance);
    }

    private static Map<String, Integer> counts(Iterable<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts;
    }
}
