package dev.sentag.store.filter;

import java.util.List;

/** Sentences at least two annotators labelled differently; the adjudicated gold set is not an annotator here. */
record DisputedFilter() implements SentenceFilter {
    @Override
    public String condition() {
        return """
                (SELECT count(DISTINCT t.label_id) FROM tags t JOIN annotators a ON a.id = t.annotator_id
                  WHERE t.sentence_id = s.id AND t.label_id IS NOT NULL AND a.name <> ?) >= 2""";
    }

    @Override
    public List<Object> parameters() {
        return List.of(dev.sentag.model.Annotator.GOLD);
    }
}
