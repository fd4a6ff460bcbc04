package dev.sentag.agree;

import dev.sentag.model.Annotator;
import dev.sentag.model.Speakers;
import dev.sentag.store.LinkAgreementQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Agreement on links and speakers between pairs of annotators, averaged over the pairs where it is defined.
 * {@code link_f1}: for a pair, over the documents both tagged, F1 of their sets of (from, to, type) links,
 * 2·|A∩B| / (|A| + |B|); a pair with no link on those documents has none. {@code speaker_agreement}: for a pair,
 * the share of the sentences both gave a speaker where the two are equal after trimming and case folding.
 */
public final class LinkAgreement {
    private final LinkAgreementQuery query;

    public LinkAgreement(LinkAgreementQuery query) {
        this.query = query;
    }

    /** Both figures; each null where no pair of annotators defines it. */
    public record Figures(Double linkF1, Double speakerAgreement) {
    }

    /** The figures over the given documents and annotators (all when empty; gold only when named). */
    public Figures figures(List<Long> documents, List<String> annotators) {
        LinkAgreementQuery.Coded coded = query.read(documents);
        Set<String> names = new TreeSet<>(coded.documents().keySet());
        names.addAll(coded.links().keySet());
        names.addAll(coded.speakers().keySet());
        List<String> coders = names.stream()
                .filter(n -> annotators.isEmpty() ? !Annotator.GOLD.equals(n) : annotators.contains(n)).toList();
        List<Double> f1s = new ArrayList<>();
        List<Double> speakers = new ArrayList<>();
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                linkF1(coded, coders.get(i), coders.get(j)).ifPresent(f1s::add);
                speakerAgreement(coded, coders.get(i), coders.get(j)).ifPresent(speakers::add);
            }
        }
        return new Figures(mean(f1s), mean(speakers));
    }

    static java.util.Optional<Double> linkF1(LinkAgreementQuery.Coded coded, String a, String b) {
        Set<Long> both = new HashSet<>(coded.documents().getOrDefault(a, Set.of()));
        both.retainAll(coded.documents().getOrDefault(b, Set.of()));
        Set<String> la = onDocuments(coded.links().getOrDefault(a, Set.of()), both);
        Set<String> lb = onDocuments(coded.links().getOrDefault(b, Set.of()), both);
        if (la.isEmpty() && lb.isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<String> common = new HashSet<>(la);
        common.retainAll(lb);
        return java.util.Optional.of(2.0 * common.size() / (la.size() + lb.size()));
    }

    private static Set<String> onDocuments(Set<String> links, Set<Long> documents) {
        Set<String> out = new HashSet<>();
        for (String l : links) {
            if (documents.contains(Long.parseLong(l.substring(0, l.indexOf(':'))))) {
                out.add(l);
            }
        }
        return out;
    }

    static java.util.Optional<Double> speakerAgreement(LinkAgreementQuery.Coded coded, String a, String b) {
        Map<Long, String> sa = coded.speakers().getOrDefault(a, Map.of());
        Map<Long, String> sb = coded.speakers().getOrDefault(b, Map.of());
        int shared = 0;
        int equal = 0;
        for (var e : sa.entrySet()) {
            String other = sb.get(e.getKey());
            if (other != null) {
                shared++;
                if (Speakers.folded(e.getValue()).equals(Speakers.folded(other))) {
                    equal++;
                }
            }
        }
        return shared == 0 ? java.util.Optional.empty() : java.util.Optional.of((double) equal / shared);
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
