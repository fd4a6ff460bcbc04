package dev.sentag.store.filter;

import java.util.List;

/** Only excluded sentences (web residue), which find otherwise leaves out. */
record ExcludedFilter() implements SentenceFilter {
    @Override
    public String condition() {
        return "s.excluded = 1";
    }

    @Override
    public List<Object> parameters() {
        return List.of();
    }

    @Override
    public boolean wantsExcluded() {
        return true;
    }
}
