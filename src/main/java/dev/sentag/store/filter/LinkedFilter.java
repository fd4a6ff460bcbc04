package dev.sentag.store.filter;

import java.util.List;

/** Sentences with a link of the annotator's from or to them (the other end a current sentence, as exports show). */
record LinkedFilter(long annotatorId) implements SentenceFilter {
    @Override
    public String condition() {
        return """
                (EXISTS (SELECT 1 FROM links l JOIN sentences o ON o.id = l.to_sentence_id
                         WHERE l.from_sentence_id = s.id AND l.annotator_id = ? AND o.idx IS NOT NULL)
                 OR EXISTS (SELECT 1 FROM links l JOIN sentences o ON o.id = l.from_sentence_id
                         WHERE l.to_sentence_id = s.id AND l.annotator_id = ? AND o.idx IS NOT NULL))""";
    }

    @Override
    public List<Object> parameters() {
        return List.of(annotatorId, annotatorId);
    }
}
