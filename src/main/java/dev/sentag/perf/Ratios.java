package dev.sentag.perf;

import java.util.Locale;

/** Builds table rows in the two shapes the data measures have: throughput (higher is better) and latency. */
final class Ratios {
    private Ratios() {
    }

    /** Sentag's throughput against the baseline's: ratio = value / baseline, met when ratio ≥ {@code atLeast}. */
    static Measurement throughput(String name, double value, double baseline, String unit, double atLeast,
                                  String note) {
        double ratio = value / baseline;
        return new Measurement(name, value, unit, baseline, ratio,
                String.format(Locale.ROOT, "ratio ≥ %.1f", atLeast), ratio >= atLeast, note);
    }

    /** Sentag's latency against the baseline's: ratio = value / baseline, met when ratio ≤ {@code atMost}. */
    static Measurement latency(String name, double value, double baseline, String unit, double atMost, String note) {
        double ratio = value / baseline;
        return new Measurement(name, value, unit, baseline, ratio,
                String.format(Locale.ROOT, "ratio ≤ %.1f", atMost), ratio <= atMost, note);
    }
}
