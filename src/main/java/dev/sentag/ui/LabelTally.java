package dev.sentag.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open document's counts, taken in one pass over its rows: the sidebar and the status bar ask for them on
 * every change, and a stream per label per question over ten thousand rows showed when opening a long article.
 */
final class LabelTally {
    private final Map<Long, Integer> byLabel = new HashMap<>();
    private int included;
    private int taggedIncluded;
    private int unsureIncluded;

    /** Counts {@code rows} afresh. Excluded sentences (web residue) are not part of the progress. */
    void count(List<SentenceRow> rows) {
        clear();
        for (SentenceRow r : rows) {
            add(r);
        }
    }

    /** Forgets every count, before rows are {@link #add added} one by one. */
    void clear() {
        byLabel.clear();
        included = 0;
        taggedIncluded = 0;
        unsureIncluded = 0;
    }

    /** Counts one more row: opening a document counts its rows as it makes them, not in a pass of its own. */
    void add(SentenceRow r) {
        Long label = r.labelId();
        if (label != null) {
            byLabel.merge(label, 1, Integer::sum);
        }
        if (!r.sentence().excluded()) {
            included++;
            taggedIncluded += label == null ? 0 : 1;
            unsureIncluded += r.unsure() ? 1 : 0;
        }
    }

    /** How many sentences carry this label, excluded ones included. */
    int withLabel(long labelId) {
        return byLabel.getOrDefault(labelId, 0);
    }

    int included() {
        return included;
    }

    int taggedIncluded() {
        return taggedIncluded;
    }

    /** How many included sentences carry the unsure mark (U). */
    int unsureIncluded() {
        return unsureIncluded;
    }
}
