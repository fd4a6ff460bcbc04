package dev.sentag.store.filter;

import java.util.List;

/** Sentences with no link of the annotator's from or to them: the opposite of {@link LinkedFilter}. */
record NotLinkedFilter(long annotatorId) implements SentenceFilter {
    @Override
    public String condition() {
        return "s.id NOT IN " + LinkedFilter.sentences();
    }

    @Override
    public List<Object> parameters() {
        return new LinkedFilter(annotatorId).parameters();
    }
}
