package dev.sentag.annotate;

import dev.sentag.model.Annotator;
import dev.sentag.model.FindCriterion;
import dev.sentag.model.FindQuery;
import dev.sentag.model.FoundSentence;
import dev.sentag.model.Label;
import dev.sentag.model.LibraryStatistics;
import dev.sentag.store.AnnotatorRepository;
import dev.sentag.store.FindIndexQueue;
import dev.sentag.store.SentenceSearch;
import dev.sentag.store.StatisticsQuery;
import dev.sentag.store.filter.SentenceFilters;
import java.util.List;

/**
 * Find across the library and the figures of the statistics view, for the window and the command line alike.
 * Like {@link AnnotationService}, not thread-safe: the window calls it on the database thread.
 */
public final class FindService {
    private final SentenceSearch search;
    private final StatisticsQuery statistics;
    private final AnnotatorRepository annotators;
    private final AnnotationService annotation;
    private final FindIndexQueue index;

    public FindService(SentenceSearch search, StatisticsQuery statistics, AnnotatorRepository annotators,
                       AnnotationService annotation, FindIndexQueue index) {
        this.index = index;
        this.search = search;
        this.statistics = statistics;
        this.annotators = annotators;
        this.annotation = annotation;
    }

    /**
     * The current sentences matching {@code query}, in document then sentence order. Unknown labels or annotators,
     * filters this library does not have and queries the full-text engine cannot parse are IllegalArgumentExceptions.
     */
    public List<FoundSentence> find(FindQuery query) {
        Annotator who = annotator(query.annotator());
        for (FindCriterion c : query.criteria()) {
            if (c.kind().equals(FindCriterion.LABEL)) {
                checkLabel(c.value());
            }
        }
        return search.find(query.text(), SentenceFilters.of(query.criteria(), who.id()), who, query.limit());
    }

    /**
     * How many imported documents find cannot see yet: a folder import leaves their sentences to be indexed right
     * after it ({@link #indexSome}); 0 when find searches the whole library.
     */
    public int notYetIndexed() {
        return index.waiting();
    }

    /**
     * Indexes the next waiting documents for find, one short transaction in turn with other database work, and
     * returns how many still wait. A team member who is no admin may not write the index: IllegalStateException.
     */
    public int indexSome() {
        if (!index.mayIndex()) {
            throw new IllegalStateException(notYetIndexed() + " imported articles wait to be indexed for find; only a"
                    + " team admin can index them (their next find or import does).");
        }
        return index.indexSlice();
    }

    /** Whether this session may index waiting documents (not a team member who is no admin). */
    public boolean mayIndex() {
        return index.mayIndex();
    }

    /** Indexes every waiting document, slice after slice. */
    public void indexAll() {
        for (int waiting = notYetIndexed(); waiting > 0; ) {
            waiting = indexSome();
        }
    }

    public LibraryStatistics statistics() {
        return statistics.statistics();
    }

    /** Every annotator's name, for the find panel's choice. */
    public List<String> annotatorNames() {
        return annotators.all().stream().map(Annotator::name).toList();
    }

    private Annotator annotator(String name) {
        if (name == null || name.isBlank()) {
            return annotation.annotator();
        }
        return annotators.all().stream().filter(a -> a.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No annotator named '" + name.strip() + "'; known: "
                        + annotatorNames() + "."));
    }

    private void checkLabel(String name) {
        var set = annotation.labels();
        if (set.byName(name).isEmpty()) {
            throw new IllegalArgumentException("Unknown label '" + name + "'; use one of "
                    + set.labels().stream().map(Label::name).toList() + ".");
        }
    }
}
