package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The invariants of assignment: distinct annotators, the right number per document, loads within one. */
class AssignmentPlannerPropertyTest {
    private static List<String> names(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("coder" + i);
        }
        return out;
    }

    private static List<Long> docs(long from, int n) {
        return LongStream.range(from, from + n).boxed().toList();
    }

    private static Map<String, Integer> loads(List<String> names, Map<Long, List<String>> plan, Map<String, Integer> before) {
        Map<String, Integer> out = new HashMap<>();
        names.forEach(n -> out.put(n, before.getOrDefault(n, 0)));
        plan.values().forEach(l -> l.forEach(n -> out.merge(n, 1, Integer::sum)));
        return out;
    }

    private static void assertEven(Map<String, Integer> loads) {
        IntSummaryStatistics s = loads.values().stream().mapToInt(Integer::intValue).summaryStatistics();
        assertTrue(s.getMax() - s.getMin() <= 1, "loads differ by more than one: " + loads);
    }

    @Property(tries = 300)
    void everyDocumentGetsPerDocDistinctAnnotatorsAndLoadsDifferByAtMostOne(
            @ForAll @IntRange(min = 1, max = 9) int annotators, @ForAll @IntRange(min = 0, max = 60) int documents,
            @ForAll @IntRange(min = 1, max = 9) int perDoc, @ForAll long seed) {
        int k = Math.min(perDoc, annotators);
        List<String> names = names(annotators);
        List<Long> ids = docs(1, documents);

        Map<Long, List<String>> plan = AssignmentPlanner.plan(ids, names, k, seed, Map.of(), Map.of());

        assertEquals(documents, plan.size());
        for (List<String> chosen : plan.values()) {
            assertEquals(k, chosen.size());
            assertEquals(k, new HashSet<>(chosen).size(), "distinct: " + chosen);
            assertTrue(names.containsAll(chosen));
        }
        assertEven(loads(names, plan, Map.of()));
        assertEquals(documents * k, loads(names, plan, Map.of()).values().stream().mapToInt(Integer::intValue).sum());
    }

    @Property(tries = 200)
    void aSecondRunOnNewDocumentsKeepsTheTotalsWithinOne(
            @ForAll @IntRange(min = 1, max = 7) int annotators, @ForAll @IntRange(min = 0, max = 30) int first,
            @ForAll @IntRange(min = 0, max = 30) int second, @ForAll @IntRange(min = 1, max = 7) int perDoc,
            @ForAll long seed) {
        int k = Math.min(perDoc, annotators);
        List<String> names = names(annotators);
        Map<Long, List<String>> one = AssignmentPlanner.plan(docs(1, first), names, k, seed, Map.of(), Map.of());
        Map<String, Integer> before = loads(names, one, Map.of());

        Map<Long, List<String>> two = AssignmentPlanner.plan(docs(1000, second), names, k, seed + 1, Map.of(), before);

        assertEven(loads(names, two, before));
    }

    @Property(tries = 200)
    void earlierAssignmentsOfADocumentCountTowardsPerDocAndAreNotRepeated(
            @ForAll @IntRange(min = 2, max = 7) int annotators, @ForAll @IntRange(min = 1, max = 30) int documents,
            @ForAll long seed) {
        List<String> names = names(annotators);
        List<Long> ids = docs(1, documents);
        // Every odd document already has coder0 (and someone from outside the list on every third).
        Map<Long, Set<String>> existing = new HashMap<>();
        for (long id : ids) {
            Set<String> on = new HashSet<>();
            if (id % 2 == 1) {
                on.add("coder0");
            }
            if (id % 3 == 0) {
                on.add("outsider");
            }
            existing.put(id, on);
        }
        int k = annotators;

        Map<Long, List<String>> plan = AssignmentPlanner.plan(ids, names, k, seed, existing, Map.of());

        for (long id : ids) {
            List<String> added = plan.getOrDefault(id, List.of());
            Set<String> all = new HashSet<>(existing.get(id));
            added.forEach(a -> assertTrue(all.add(a), id + ": " + a + " assigned twice"));
            assertEquals(k, all.size(), "document " + id + " has per-doc annotators in all");
        }
    }

    @Property(tries = 100)
    void theSameSeedGivesTheSameAssignment(@ForAll @IntRange(min = 2, max = 8) int annotators,
                                           @ForAll @IntRange(min = 1, max = 40) int documents, @ForAll long seed) {
        List<String> names = names(annotators);
        List<Long> ids = docs(1, documents);

        assertEquals(AssignmentPlanner.plan(ids, names, 2, seed, Map.of(), Map.of()),
                AssignmentPlanner.plan(ids, names, 2, seed, Map.of(), Map.of()));
    }

    @Property(tries = 1)
    void differentSeedsDrawDifferently() {
        List<String> names = names(6);
        List<Long> ids = docs(1, 30);
        Set<Map<Long, List<String>>> seen = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            seen.add(AssignmentPlanner.plan(ids, names, 2, seed, Map.of(), Map.of()));
        }
        assertTrue(seen.size() > 1, "five seeds gave one and the same assignment");
    }
}
