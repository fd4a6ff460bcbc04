package dev.sentag.model;

import java.util.List;

/**
 * What to find: words (full-text syntax: words in any order, "quoted phrases"; blank = every sentence), filters
 * that must all hold, whose tags the label filters and results are about (null = the current annotator), and at
 * most how many sentences (0 = all).
 */
public record FindQuery(String text, List<FindCriterion> criteria, String annotator, int limit) {
    public FindQuery {
        text = text == null ? "" : text.strip();
        criteria = List.copyOf(criteria);
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (no limit) or more, not " + limit + ".");
        }
    }

    public boolean hasText() {
        return !text.isEmpty();
    }
}
