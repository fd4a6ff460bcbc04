package dev.sentag.store.filter;

import java.util.List;

/**
 * Sentences of documents in a tagging state for the annotator, over their current, not excluded sentences:
 * untagged (none labelled), started (some) or complete (all). One grouped pass, not a count per found sentence.
 */
record TaggingStateFilter(long annotatorId, State state) implements SentenceFilter {
    enum State { UNTAGGED, STARTED, COMPLETE }

    @Override
    public String condition() {
        String having = switch (state) {
            case UNTAGGED -> "count(t.sentence_id) = 0";
            case STARTED -> "count(t.sentence_id) > 0 AND count(t.sentence_id) < count(*)";
            case COMPLETE -> "count(t.sentence_id) = count(*)";
        };
        return """
                s.document_id IN (SELECT s2.document_id FROM sentences s2
                    LEFT JOIN tags t ON t.sentence_id = s2.id AND t.annotator_id = ? AND t.label_id IS NOT NULL
                    WHERE s2.idx IS NOT NULL AND s2.excluded = 0 GROUP BY s2.document_id HAVING\s""" + having + ")";
    }

    @Override
    public List<Object> parameters() {
        return List.of(annotatorId);
    }
}
