package dev.sentag.store.filter;

import java.util.List;

/** Sentences at least two annotators labelled differently; the adjudicated gold set is not an annotator here. */
record DisputedFilter() implements SentenceFilter {
    @Override
    public String condition() {
        return """
                (SELECT count(DISTINCT t.label_id) FROM tags t WHERE t.sentence_id = s.id AND t.label_id IS NOT NULL
                  AND t.annotator_id IS DISTINCT FROM (SELECT id FROM annotators WHERE name = ?)) >= 2""";
    }

    @Override
    public List<Object> parameters() {
        return List.of(dev.sentag.model.Annotator.GOLD);
    }
}
