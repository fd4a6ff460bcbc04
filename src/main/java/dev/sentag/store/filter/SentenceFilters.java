package dev.sentag.store.filter;

import dev.sentag.model.FindCriterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the filters of a find into conditions; the one place that lists which kinds this library knows. */
public final class SentenceFilters {
    /** The SQL function of one text argument that folds it as {@link dev.sentag.model.Speakers#folded} does. */
    public static final String FOLD = "sentag_fold";

    private SentenceFilters() {
    }

    /** The condition for {@code criterion}, about {@code annotatorId}'s tags where the kind is about tags. */
    public static SentenceFilter of(FindCriterion criterion, long annotatorId) {
        return switch (criterion.kind()) {
            case FindCriterion.LABEL -> new LabelFilter(annotatorId, criterion.value());
            case FindCriterion.UNTAGGED -> new UntaggedFilter(annotatorId);
            case FindCriterion.DISPUTED -> new DisputedFilter();
            case FindCriterion.HAS_NOTE -> new NoteFilter(annotatorId);
            case FindCriterion.EXCLUDED -> new ExcludedFilter();
            case FindCriterion.DOCUMENTS -> new DocumentFilter(documentIds(criterion.value()));
            case FindCriterion.STATE -> new TaggingStateFilter(annotatorId, state(criterion.value()));
            case FindCriterion.UNSURE -> new UnsureFilter(annotatorId);
            case FindCriterion.SPEAKER -> new SpeakerFilter(annotatorId, criterion.value());
            case FindCriterion.LINKED -> new LinkedFilter(annotatorId);
            case FindCriterion.NOT_LINKED -> new NotLinkedFilter(annotatorId);
            default -> throw new IllegalArgumentException("The " + criterion.kind()
                    + " filter is not available in this library yet: this version of Sentag stores no "
                    + criterion.kind() + " data.");
        };
    }

    public static List<SentenceFilter> of(List<FindCriterion> criteria, long annotatorId) {
        List<SentenceFilter> out = new ArrayList<>();
        for (FindCriterion c : criteria) {
            out.add(of(c, annotatorId));
        }
        return out;
    }

    private static List<Long> documentIds(String value) {
        List<Long> ids = new ArrayList<>();
        for (String part : value.split(",")) {
            String p = part.strip();
            if (!p.matches("\\d{1,18}")) {
                throw new IllegalArgumentException("Document ids are numbers separated by commas, like 1,4,7; not '"
                        + value + "'.");
            }
            ids.add(Long.parseLong(p));
        }
        return ids;
    }

    private static TaggingStateFilter.State state(String value) {
        try {
            return TaggingStateFilter.State.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A tagging state is untagged, started or complete; not '" + value + "'.");
        }
    }
}
