package dev.sentag.store.filter;

import java.util.List;

/** Sentences the annotator tagged with the label of this name (case-insensitive). */
record LabelFilter(long annotatorId, String label) implements SentenceFilter {
    @Override
    public String condition() {
        return """
                EXISTS (SELECT 1 FROM tags t JOIN labels l ON l.id = t.label_id
                        WHERE t.sentence_id = s.id AND t.annotator_id = ? AND lower(l.name) = lower(?))""";
    }

    @Override
    public List<Object> parameters() {
        return List.of(annotatorId, label);
    }
}
