package dev.sentag.store.filter;

import java.util.List;

/** Sentences with a link of the annotator's from or to them (the other end a current sentence, as exports show). */
record LinkedFilter(long annotatorId) implements SentenceFilter {
    @Override
    public String condition() {
        return "s.id IN " + sentences();
    }

    /**
     * The ids of the sentences at either end of the annotator's links, as a subquery: links are few beside the
     * sentences, so SQLite reads them once and looks sentences up by id, instead of probing links per sentence.
     */
    static String sentences() {
        return """
                (SELECT l.from_sentence_id FROM links l JOIN sentences o ON o.id = l.to_sentence_id
                 WHERE l.annotator_id = ? AND o.idx IS NOT NULL
                 UNION ALL SELECT l.to_sentence_id FROM links l JOIN sentences o ON o.id = l.from_sentence_id
                 WHERE l.annotator_id = ? AND o.idx IS NOT NULL)""";
    }

    @Override
    public List<Object> parameters() {
        return List.of(annotatorId, annotatorId);
    }
}
