package dev.sentag.annotate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What most annotators chose for one sentence, for adjudication: a label chosen more often than any
 * other, a tie between the labels chosen most often, or nothing when no one chose a label.
 */
public sealed interface Majority {
    /** One label was chosen more often than any other. */
    record Decided(long labelId, int votes, int of) implements Majority {
    }

    /** Two or more labels share the highest count: a person has to decide. */
    record Tie(List<Long> labelIds) implements Majority {
        public Tie {
            labelIds = List.copyOf(labelIds);
        }
    }

    /** No annotator put a label on the sentence (a note alone is no vote). */
    record None() implements Majority {
    }

    /** The majority among {@code labelIds}, one per annotator; null entries (no label) do not vote. */
    static Majority of(Collection<Long> labelIds) {
        Map<Long, Long> votes = labelIds.stream().filter(Objects::nonNull)
                .collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
        if (votes.isEmpty()) {
            return new None();
        }
        long most = votes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<Long> top = votes.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        int cast = (int) votes.values().stream().mapToLong(Long::longValue).sum();
        return top.size() == 1 ? new Decided(top.get(0), (int) most, cast) : new Tie(top);
    }
}
