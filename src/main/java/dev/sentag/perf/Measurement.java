package dev.sentag.perf;

/**
 * One row of the benchmark table: Sentag's figure, the bare baseline measured in the same run, their ratio
 * and whether the target holds. {@code baseline} and {@code ratio} are null where a measure has only an absolute
 * target (e.g. "open a 1 MB article in under 300 ms"); {@code note} says anything a reader needs to trust the row
 * (sample size, what the baseline was, why a figure is missing).
 *
 * @param name    what was measured, e.g. "import + segment 10,000 articles"
 * @param value   Sentag's figure in {@code unit}
 * @param unit    e.g. "articles/s", "ms", "MB/s"
 * @param baseline the bare baseline's figure in the same unit, or null
 * @param ratio   value / baseline for throughputs, or value / baseline for latencies, as {@code target} states
 * @param target  the target in words, e.g. "ratio ≥ 0.5", "≤ 1.5× baseline", "< 300 ms"
 * @param met     whether the target holds in this run
 * @param note    free text, may be empty
 */
public record Measurement(String name, double value, String unit, Double baseline, Double ratio, String target,
                          boolean met, String note) {
    public Measurement {
        if (name == null || name.isBlank() || unit == null || target == null) {
            throw new IllegalArgumentException("A measurement needs a name, a unit and a target.");
        }
        note = note == null ? "" : note;
    }
}
