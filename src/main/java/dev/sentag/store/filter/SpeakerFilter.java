package dev.sentag.store.filter;

import dev.sentag.model.Speakers;
import java.util.List;

/**
 * Sentences to which the annotator gave this speaker, compared trimmed and case-folded ({@link Speakers#folded}, any
 * script) through the SQL function {@value SentenceFilters#FOLD}, which the store registers on its connection. The
 * speakers are read once (they are few beside the sentences) and the sentences looked up by id.
 */
record SpeakerFilter(long annotatorId, String name) implements SentenceFilter {
    SpeakerFilter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A speaker to find cannot be empty.");
        }
    }

    @Override
    public String condition() {
        // A name of printable ASCII folds as NOCASE compares (the folded query has no capitals), so only names
        // with other characters call back into Java: a library where every sentence has a speaker stays quick.
        return """
                s.id IN (SELECT p.sentence_id FROM speakers p WHERE p.annotator_id = ?
                         AND (trim(p.name) = ? COLLATE NOCASE OR (p.name GLOB '*[^ -~]*' AND %s(p.name) = ?)))"""
                .formatted(SentenceFilters.FOLD);
    }

    @Override
    public String condition(dev.sentag.store.SqlDialect dialect) {
        return "s.id IN (SELECT p.sentence_id FROM speakers p WHERE p.annotator_id = ? AND " + dialect.speakerIs() + ")";
    }

    @Override
    public List<Object> parameters() {
        return List.of(annotatorId, Speakers.folded(name), Speakers.folded(name));
    }
}
