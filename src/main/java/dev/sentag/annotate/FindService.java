package dev.sentag.annotate;

import dev.sentag.model.Annotator;
import dev.sentag.model.FindCriterion;
import dev.sentag.model.FindQuery;
import dev.sentag.model.FoundSentence;
import dev.sentag.model.Label;
import dev.sentag.model.LibraryStatistics;
import dev.sentag.store.AnnotatorRepository;
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

    public FindService(SentenceSearch search, StatisticsQuery statistics, AnnotatorRepository annotators,
                       AnnotationService annotation) {
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
