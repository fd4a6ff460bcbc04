package dev.sentag.ui;

import dev.sentag.annotate.GoldRule;
import dev.sentag.model.Annotator;
import dev.sentag.model.AnnotatorTag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What gold still lacks in the open article while adjudicating: sentences gold has decided, disagreements a
 * person must decide, sentences the other annotators labelled alike (which "Accept all agreed" takes), and
 * sentences fewer than two annotators labelled.
 */
record GoldProgress(int included, int inGold, int disagreements, Map<Long, Long> agreed, int incomplete) {
    static final GoldProgress NONE = new GoldProgress(0, 0, 0, Map.of(), 0);

    /**
     * Counts over the rows of the open article, the current annotator being gold. A sentence is agreed when at least
     * two other annotators labelled it and all who did chose the same label (sentag gold --from names whose count).
     */
    static GoldProgress of(List<SentenceRow> rows) {
        int included = 0;
        int inGold = 0;
        int disagreements = 0;
        int incomplete = 0;
        Map<Long, Long> agreed = new LinkedHashMap<>();
        for (SentenceRow row : rows) {
            if (row.sentence().excluded()) {
                continue;
            }
            included++;
            if (row.labelId() != null) {
                inGold++;
                continue;
            }
            List<Long> votes = row.others().stream().filter(t -> !Annotator.GOLD.equals(t.annotator()))
                    .map(AnnotatorTag::labelId).filter(Objects::nonNull).toList();
            var label = GoldRule.UNANIMOUS.accept(votes, votes.size());
            if (votes.size() >= 2 && label.isPresent()) {
                agreed.put(row.sentence().id(), label.get());
            } else if (GoldRule.disagree(votes)) {
                disagreements++;
            } else {
                incomplete++;
            }
        }
        return new GoldProgress(included, inGold, disagreements, Map.copyOf(agreed), incomplete);
    }

    /** The status bar's words: what gold has, and what it still lacks by kind. */
    String text() {
        if (included == 0) {
            return "";
        }
        if (inGold == included) {
            return "Gold complete: " + inGold + " of " + included;
        }
        List<String> lacks = new ArrayList<>();
        lacks.add(disagreements == 0 ? "no disagreements left" : disagreements + (disagreements == 1
                ? " disagreement" : " disagreements") + " to decide");
        if (!agreed.isEmpty()) {
            lacks.add(agreed.size() + " agreed (Ctrl+Shift+A takes " + (agreed.size() == 1 ? "it" : "them") + ")");
        }
        if (incomplete > 0) {
            lacks.add(incomplete + " with fewer than two labels");
        }
        return "Gold " + inGold + " of " + included + ": " + String.join(", ", lacks);
    }
}
