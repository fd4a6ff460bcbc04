package dev.sentag.store.filter;

import dev.sentag.model.Speakers;
import java.util.List;

/**
 * Sentences to which the annotator gave this speaker, compared trimmed and case-folded ({@link Speakers#folded}, any
 * script) through the SQL function {@value SentenceFilters#FOLD}, which the store registers on its connection.
 */
record SpeakerFilter(long annotatorId, String name) implements SentenceFilter {
    SpeakerFilter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A speaker to find cannot be empty.");
        }
    }

    @Override
    public String condition() {
        return """
                EXISTS (SELECT 1 FROM speakers p WHERE p.sentence_id = s.id AND p.annotator_id = ?
                        AND %s(p.name) = ?)""".formatted(SentenceFilters.FOLD);
    }

    @Override
    public List<Object> parameters() {
        return List.of(annotatorId, Speakers.folded(name));
    }
}
