package dev.sentag.store.filter;

import java.util.List;

/** Sentences on which the annotator wrote a note. */
record NoteFilter(long annotatorId) implements SentenceFilter {
    @Override
    public String condition() {
        return """
                EXISTS (SELECT 1 FROM tags t WHERE t.sentence_id = s.id AND t.annotator_id = ?
                        AND t.note IS NOT NULL AND t.note <> '')""";
    }

    @Override
    public List<Object> parameters() {
        return List.of(annotatorId);
    }
}
