package dev.sentag.store.filter;

import java.util.List;

/** Sentences the annotator labelled and marked unsure. */
record UnsureFilter(long annotatorId) implements SentenceFilter {
    @Override
    public String condition() {
        return """
                EXISTS (SELECT 1 FROM tags t WHERE t.sentence_id = s.id AND t.annotator_id = ?
                        AND t.label_id IS NOT NULL AND t.unsure = 1)""";
    }

    @Override
    public List<Object> parameters() {
        return List.of(annotatorId);
    }
}
