package dev.sentag.agree;

import dev.sentag.model.Annotator;
import dev.sentag.store.AgreementQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes agreement between annotators over the library or chosen documents. */
public final class AgreementService {
    static final int BOOTSTRAP_ROUNDS = 1000;
    static final long BOOTSTRAP_SEED = 20_260_101L;

    private final AgreementQuery query;
    private final LinkAgreement links;

    public AgreementService(AgreementQuery query) {
        this(query, null);
    }

    /** The service that also works out agreement on links and speakers ({@link #linkFigures}). */
    public AgreementService(AgreementQuery query, LinkAgreement links) {
        this.query = query;
        this.links = links;
    }

    /** link_f1 and speaker_agreement for the same choices as {@link #report} (both null without link data). */
    public LinkAgreement.Figures linkFigures(List<Long> documents, List<String> annotators) {
        return links == null ? new LinkAgreement.Figures(null, null) : links.figures(documents, annotators);
    }

    /**
     * The figures for the given documents, annotators and labels (each: all when empty). A label outside
     * {@code labels} counts as no value; excluded sentences are not units. The adjudicated {@code gold}
     * annotator is no coder: it counts only when named in {@code annotators}.
     */
    public AgreementReport report(List<Long> documents, List<String> annotators, List<String> labels) {
        return report(read(documents, annotators, labels));
    }

    /**
     * The labels a {@link #report} of these choices works on, read from the library: the only database work of a
     * report, so that a window can read on its database thread and work the figures out elsewhere.
     */
    public ReliabilityData read(List<Long> documents, List<String> annotators, List<String> labels) {
        return load(documents, annotators, labels);
    }

    /**
     * The figures for data from {@link #read}: computation only, no database (the bootstrap takes about a second
     * on 100,000 sentences; an interrupted thread stops it with a CancellationException).
     */
    public AgreementReport report(ReliabilityData data) {
        List<String> coders = data.coders();
        Map<String, Double> perLabel = new LinkedHashMap<>();
        for (String label : data.values()) {
            perLabel.put(label, Krippendorff.alpha(data.oneAgainstRest(label)));
        }
        boolean two = coders.size() == 2;
        return new AgreementReport(data.units().size(), data.pairable().size(), coders,
                Krippendorff.observedAgreement(data), Krippendorff.alpha(data),
                Krippendorff.bootstrap95(data, BOOTSTRAP_ROUNDS, BOOTSTRAP_SEED), Kappa.fleiss(data),
                two ? Kappa.cohen(data, coders.get(0), coders.get(1)) : null, perLabel,
                two ? confusion(data, coders.get(0), coders.get(1)) : null);
    }

    /** Who can be compared: the annotators with at least one label on a current, non-excluded sentence. */
    public List<String> annotators() {
        return query.annotators();
    }

    /**
     * The confusion matrix between any two annotators {@code a} (rows) and {@code b} (columns) over the
     * units both labelled, whoever else is in a report: cheap, no bootstrap.
     */
    public Map<String, Map<String, Integer>> confusion(List<Long> documents, String a, String b, List<String> labels) {
        return confusion(load(documents, List.of(a, b), labels), a, b);
    }

    /**
     * The doubly-coded documents among {@code documents} (all when empty): those where at least two of the compared
     * annotators ({@code annotators}; all but gold when empty) labelled <em>every</em> unit (current, non-excluded
     * sentence). A document two people only began is left out, so the figures compare finished codings.
     */
    public List<Long> doublyCoded(List<Long> documents, List<String> annotators) {
        List<Long> out = new ArrayList<>();
        for (AgreementQuery.Coverage doc : query.coverage()) {
            if (!documents.isEmpty() && !documents.contains(doc.documentId())) {
                continue;
            }
            long complete = doc.labelled().entrySet().stream()
                    .filter(e -> annotators.isEmpty() ? !Annotator.GOLD.equals(e.getKey()) : annotators.contains(e.getKey()))
                    .filter(e -> e.getValue() >= doc.units())
                    .count();
            if (complete >= 2) {
                out.add(doc.documentId());
            }
        }
        return out;
    }

    /** The report over no documents at all (every figure n/a): what a choice that leaves no document gives. */
    public AgreementReport noDocuments(List<String> annotators) {
        return report(new ReliabilityData(annotators, List.of()));
    }

    /** The same matrix from data {@link #read} for any annotators that include {@code a} and {@code b}. */
    public static Map<String, Map<String, Integer>> confusionOf(ReliabilityData data, String a, String b) {
        List<Map<String, String>> pair = new ArrayList<>(data.units().size());
        for (Map<String, String> u : data.units()) {
            Map<String, String> kept = new LinkedHashMap<>();
            for (String coder : List.of(a, b)) {
                if (u.containsKey(coder)) {
                    kept.put(coder, u.get(coder));
                }
            }
            pair.add(kept);
        }
        return confusion(new ReliabilityData(List.of(a, b), pair), a, b);
    }

    private ReliabilityData load(List<Long> documents, List<String> annotators, List<String> labels) {
        Map<Long, Map<String, String>> units = new LinkedHashMap<>();
        TreeSet<String> coders = new TreeSet<>();
        query.read(documents, id -> units.put(id, new LinkedHashMap<>()), l -> {
            if ((annotators.isEmpty() ? !Annotator.GOLD.equals(l.annotator()) : annotators.contains(l.annotator()))
                    && (labels.isEmpty() || labels.stream().anyMatch(x -> x.equalsIgnoreCase(l.label())))) {
                units.get(l.sentenceId()).put(l.annotator(), l.label());
                coders.add(l.annotator());
            }
        });
        List<String> order = annotators.isEmpty() ? List.copyOf(coders) : annotators;
        return new ReliabilityData(order, new ArrayList<>(units.values()));
    }

    /** Rows: the first annotator's label; columns: the second's; over the units both labelled. */
    static Map<String, Map<String, Integer>> confusion(ReliabilityData data, String a, String b) {
        Map<String, Map<String, Integer>> matrix = new TreeMap<>();
        for (String row : data.values()) {
            Map<String, Integer> cells = new TreeMap<>();
            data.values().forEach(col -> cells.put(col, 0));
            matrix.put(row, cells);
        }
        for (Map<String, String> u : data.units()) {
            if (u.containsKey(a) && u.containsKey(b)) {
                matrix.get(u.get(a)).merge(u.get(b), 1, Integer::sum);
            }
        }
        return matrix;
    }
}
