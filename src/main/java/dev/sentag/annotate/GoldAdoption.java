package dev.sentag.annotate;

import dev.sentag.model.Annotator;
import dev.sentag.model.Label;
import dev.sentag.model.LabelSet;
import dev.sentag.store.AgreementQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Takes every sentence the named annotators agree on into gold at once (as INCEpTION's curation does), never
 * overwriting a gold label already there: one command in gold's history, so gold's undo takes it back whole.
 */
public final class GoldAdoption {
    /**
     * What an adoption did: labels written, sentences gold had already decided (kept), disagreements left for a
     * person, and sentences not every named annotator labelled (so not accepted).
     */
    public record Result(int written, int alreadyGold, int disagreements, int incomplete) {
    }

    private final AgreementQuery query;
    private final AnnotationService annotation;

    public GoldAdoption(AgreementQuery query, AnnotationService annotation) {
        this.query = query;
        this.annotation = annotation;
    }

    /** Writes gold where {@code rule} accepts the labels of {@code from} on a sentence of {@code documents} (all if empty). */
    public Result accept(List<String> from, GoldRule rule, List<Long> documents) {
        List<String> coders = coders(from);
        Map<Long, Map<String, String>> units = new LinkedHashMap<>();
        query.read(documents, id -> units.put(id, new HashMap<>()), l -> {
            if (coders.contains(l.annotator()) || Annotator.GOLD.equals(l.annotator())) {
                units.get(l.sentenceId()).put(l.annotator(), l.label());
            }
        });
        LabelSet labels = annotation.labels();
        Map<Long, Long> accepted = new LinkedHashMap<>();
        int alreadyGold = 0;
        int disagreements = 0;
        int incomplete = 0;
        for (Map.Entry<Long, Map<String, String>> unit : units.entrySet()) {
            if (unit.getValue().containsKey(Annotator.GOLD)) {
                alreadyGold++;
                continue;
            }
            List<Long> votes = new ArrayList<>();
            for (String coder : coders) {
                String name = unit.getValue().get(coder);
                votes.add(name == null ? null : labels.byName(name).map(Label::id).orElse(null));
            }
            var label = rule.accept(votes, coders.size());
            if (label.isPresent()) {
                accepted.put(unit.getKey(), label.get());
            } else if (GoldRule.disagree(votes)) {
                disagreements++;
            } else if (votes.stream().anyMatch(v -> v != null)) {
                incomplete++;
            }
        }
        annotation.actAs(Annotator.GOLD);
        int written = annotation.fillEmpty(accepted);
        return new Result(written, alreadyGold, disagreements, incomplete);
    }

    private List<String> coders(List<String> from) {
        List<String> coders = new ArrayList<>(new LinkedHashSet<>(from.stream().map(String::strip).toList()));
        if (coders.contains(Annotator.GOLD)) {
            throw new IllegalArgumentException("gold is what is written, not one of the annotators to take it from.");
        }
        if (coders.size() < 2) {
            throw new IllegalArgumentException("Name at least two annotators to take agreed labels from (--from ana,ben).");
        }
        List<String> known = query.annotators();
        for (String coder : coders) {
            if (!known.contains(coder)) {
                throw new IllegalArgumentException("No annotator '" + coder + "' has labelled anything; annotators: "
                        + String.join(", ", known.stream().filter(n -> !Annotator.GOLD.equals(n)).toList()) + ".");
            }
        }
        return coders;
    }
}
