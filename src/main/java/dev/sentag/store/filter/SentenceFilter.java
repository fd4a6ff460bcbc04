package dev.sentag.store.filter;

import java.util.List;

/**
 * One condition of a find, as an SQL boolean expression over the current sentence {@code s} (table sentences) with
 * {@code ?} placeholders bound to {@link #parameters()} in order. A new filter is one class implementing this and
 * one line in {@link SentenceFilters#of}.
 */
public interface SentenceFilter {
    String condition();

    /** {@link #condition()} in the SQL of {@code dialect}, where the two differ. */
    default String condition(dev.sentag.store.SqlDialect dialect) {
        return condition();
    }

    List<Object> parameters();

    /** True if this filter asks for excluded sentences (web residue); without one, find leaves them out. */
    default boolean wantsExcluded() {
        return false;
    }
}
