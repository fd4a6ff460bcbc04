package dev.sentag.annotate;

import dev.sentag.model.Annotator;
import dev.sentag.model.DocumentSummary;
import dev.sentag.store.AssignmentRepository;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assigning documents to annotators (sentag assign) and each annotator's queue. */
public final class AssignmentService {
    private final AssignmentRepository assignments;
    private final AnnotationService annotation;

    public AssignmentService(AssignmentRepository assignments, AnnotationService annotation) {
        this.assignments = assignments;
        this.annotation = annotation;
    }

    /** What a run of {@link #assign} did: the seed it drew with, new assignments and the loads before and after. */
    public record Result(long seed, int documents, Map<Long, List<String>> added, Map<String, Integer> newPerAnnotator,
                         Map<String, Integer> totalPerAnnotator) {
        public int assignments() {
            return added.values().stream().mapToInt(List::size).sum();
        }
    }

    /**
     * Gives each document ({@code documents}, or every document not in the trash when empty) {@code perDoc}
     * distinct annotators from {@code annotators}, its earlier assignments counting. Annotators not yet in the
     * library are created, as {@code --annotator} does. Bad input throws {@link IllegalArgumentException}
     * before anything is written.
     */
    public Result assign(List<String> annotators, int perDoc, long seed, List<Long> documents) {
        List<String> names = checkedNames(annotators);
        if (perDoc < 1) {
            throw new IllegalArgumentException("--per-doc must be at least 1, not " + perDoc + ".");
        }
        if (perDoc > names.size()) {
            throw new IllegalArgumentException("--per-doc " + perDoc + " needs at least " + perDoc
                    + " annotators; " + names.size() + " named (" + String.join(", ", names) + ").");
        }
        List<Long> docs = checkedDocuments(documents);
        AssignmentRepository.Stored stored = assignments.assign(docs, names,
                (existing, loads) -> AssignmentPlanner.plan(docs, names, perDoc, seed, existing, loads));
        Map<String, Integer> fresh = new LinkedHashMap<>();
        names.forEach(n -> fresh.put(n, 0));
        stored.added().values().forEach(list -> list.forEach(n -> fresh.merge(n, 1, Integer::sum)));
        return new Result(seed, docs.size(), stored.added(), fresh, stored.loads());
    }

    /** Takes assignments away (of these documents and annotators; all when a list is empty); returns how many. */
    public int clear(List<Long> documents, List<String> annotators) {
        if (!documents.isEmpty()) {
            var known = assignments.inTrash(documents);
            documents.stream().filter(id -> !known.containsKey(id)).findFirst().ifPresent(id -> {
                throw new IllegalArgumentException("No document " + id + ".");
            });
        }
        return assignments.clear(List.copyOf(new LinkedHashSet<>(documents)),
                annotators.isEmpty() ? List.of() : checkedNames(annotators));
    }

    /** The ids of the documents (not in the trash) assigned to the current annotator. */
    public Set<Long> assignedToMe() {
        return assignments.assignedTo(annotation.annotator().id());
    }

    /** The current annotator's queue: their assigned documents with their own progress, in id order. */
    public List<DocumentSummary> myQueue() {
        Set<Long> mine = assignedToMe();
        return annotation.documents().stream().filter(d -> mine.contains(d.id())).toList();
    }

    private static List<String> checkedNames(List<String> annotators) {
        List<String> names = annotators.stream().map(String::strip).toList();
        if (names.isEmpty() || names.stream().allMatch(String::isEmpty)) {
            throw new IllegalArgumentException("Name the annotators: --annotators ana,ben,cy.");
        }
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (n.isEmpty()) {
                throw new IllegalArgumentException("An annotator name is empty in --annotators.");
            }
            if (Annotator.GOLD.equals(n)) {
                throw new IllegalArgumentException("gold is the adjudicated set, not a coder; it takes no assignments.");
            }
            if (!seen.add(n)) {
                throw new IllegalArgumentException("Annotator " + n + " is named twice in --annotators.");
            }
        }
        return names;
    }

    private List<Long> checkedDocuments(List<Long> documents) {
        if (documents.isEmpty()) {
            List<Long> all = assignments.listedDocuments();
            if (all.isEmpty()) {
                throw new IllegalArgumentException("The library has no documents to assign (the trash is never assigned).");
            }
            return all;
        }
        List<Long> docs = List.copyOf(new LinkedHashSet<>(documents));
        Map<Long, Boolean> trashed = assignments.inTrash(docs);
        for (long id : docs) {
            Boolean inTrash = trashed.get(id);
            if (inTrash == null) {
                throw new IllegalArgumentException("No document " + id + "; nothing was assigned.");
            }
            if (inTrash) {
                throw new IllegalArgumentException("Document " + id + " is in the trash; nothing was assigned.");
            }
        }
        return docs;
    }
}
