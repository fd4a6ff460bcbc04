package dev.sentag.annotate;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * When a sentence's label can go into gold without a person deciding: every named annotator gave the same label
 * ({@link #UNANIMOUS}), or more than half of them did ({@link #MAJORITY}). An annotator who gave no label counts
 * as not agreeing, so a sentence one coder skipped is never accepted unanimously.
 */
public enum GoldRule {
    UNANIMOUS, MAJORITY;

    /** The label to accept, given one entry per named annotator ({@code coders} of them; null: no label). */
    public Optional<Long> accept(Collection<Long> labels, int coders) {
        Map<Long, Long> votes = labels.stream().filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return votes.entrySet().stream()
                .filter(e -> this == UNANIMOUS ? e.getValue() == coders : e.getValue() * 2 > coders)
                .map(Map.Entry::getKey).findFirst();
    }

    /** True when the labels given differ: a disagreement a person has to decide unless the rule accepts one. */
    public static boolean disagree(Collection<Long> labels) {
        return labels.stream().filter(Objects::nonNull).distinct().count() > 1;
    }

    /** The rule named on a command line: unanimous or majority (any case). */
    public static GoldRule parse(String name) {
        for (GoldRule r : values()) {
            if (r.name().equalsIgnoreCase(name.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("--accept takes unanimous or majority, not '" + name + "'.");
    }
}
