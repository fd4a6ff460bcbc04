package dev.sentag.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Decides who codes which document: a pure function of its input, so the same seed and the same library give the
 * same assignment. Documents are taken in the order given; each gets the annotators it still needs (its earlier
 * assignments, anyone's, count towards {@code perDoc}) from those not yet on it, the least loaded first, ties
 * broken by a draw from {@link Random} with the seed (its sequence is fixed by the Java specification).
 *
 * <p>Loads are totals: an annotator's assignments before this run plus those it makes. Taking the least loaded
 * keeps the loads of the named annotators within one of each other whenever they were so before (always on a
 * library without assignments); loads made uneven earlier shrink their gap instead of growing it.
 */
public final class AssignmentPlanner {
    private AssignmentPlanner() {
    }

    /**
     * The new assignments, document by document (documents that need none are left out).
     *
     * @param documents   the documents to staff, in the order they are served
     * @param annotators  distinct names, at least {@code perDoc} of them
     * @param existing    per document, who is already on it (anyone, also people not named now)
     * @param loadsBefore per named annotator, their assignments so far (absent: none)
     */
    public static Map<Long, List<String>> plan(List<Long> documents, List<String> annotators, int perDoc, long seed,
                                               Map<Long, Set<String>> existing, Map<String, Integer> loadsBefore) {
        if (perDoc < 1 || perDoc > annotators.size()) {
            throw new IllegalArgumentException("perDoc must be between 1 and the number of annotators");
        }
        Map<String, Integer> load = new HashMap<>();
        annotators.forEach(a -> load.put(a, loadsBefore.getOrDefault(a, 0)));
        Random draw = new Random(seed);
        Map<Long, List<String>> out = new LinkedHashMap<>();
        for (long doc : documents) {
            Set<String> on = existing.getOrDefault(doc, Set.of());
            int need = perDoc - on.size();
            List<String> candidates = new ArrayList<>(annotators.stream().filter(a -> !on.contains(a)).toList());
            // Shuffle even when nothing is needed, so one document's state does not shift the draws of the rest.
            Collections.shuffle(candidates, draw);
            if (need <= 0) {
                continue;
            }
            candidates.sort(Comparator.comparingInt(load::get)); // stable: the shuffle breaks ties
            List<String> chosen = List.copyOf(candidates.subList(0, need));
            chosen.forEach(a -> load.merge(a, 1, Integer::sum));
            out.put(doc, chosen);
        }
        return out;
    }
}
