package dev.sentag.store.filter;

import java.util.List;

/** Sentences the annotator has not labelled (a note alone does not count as a tag). */
record UntaggedFilter(long annotatorId) implements SentenceFilter {
    @Override
    public String condition() {
        return """
                NOT EXISTS (SELECT 1 FROM tags t WHERE t.sentence_id = s.id AND t.annotator_id = ?
                            AND t.label_id IS NOT NULL)""";
    }

    @Override
    public List<Object> parameters() {
        return List.of(annotatorId);
    }
}
