package dev.sentag.segment;

import java.util.List;

/** The outcome of one gold case: what the segmenter produced and whether it matched exactly. */
public record CaseResult(GoldCase gold, List<String> actual, boolean passed) {
    public CaseResult {
        actual = List.copyOf(actual);
    }

    /** A readable expected-vs-actual report of this case. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("case ").append(gold.id()).append(passed ? " passed" : " FAILED").append('\n');
        sb.append("  text:     ").append(gold.text().replace("\n", "\\n")).append('\n');
        gold.sentences().forEach(s -> sb.append("  expected: ").append(s.replace("\n", "\\n")).append('\n'));
        actual.forEach(s -> sb.append("  actual:   ").append(s.replace("\n", "\\n")).append('\n'));
        return sb.toString();
    }
}
