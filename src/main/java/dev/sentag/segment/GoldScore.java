package dev.sentag.segment;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Exact-match results of a segmenter over a set of gold cases. */
public record GoldScore(List<CaseResult> results) {
    public GoldScore {
        results = List.copyOf(results);
    }

    public int total() {
        return results.size();
    }

    public int passed() {
        return (int) results.stream().filter(CaseResult::passed).count();
    }

    /** Percentage of cases passed; 100 for an empty set. */
    public double percent() {
        return total() == 0 ? 100.0 : 100.0 * passed() / total();
    }

    /** The results whose gold case satisfies {@code filter}. */
    public GoldScore where(Predicate<GoldCase> filter) {
        return new GoldScore(results.stream().filter(r -> filter.test(r.gold())).toList());
    }

    public List<CaseResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** "passed/total (percent %)". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d/%d (%.1f %%)", passed(), total(), percent());
    }

    /** Every failing case, expected vs actual, for assertion messages and reports. */
    public String describeFailures() {
        return failures().stream().map(CaseResult::describe).collect(Collectors.joining("\n"));
    }
}
