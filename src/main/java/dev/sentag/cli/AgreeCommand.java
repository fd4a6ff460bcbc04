package dev.sentag.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentag.agree.AgreementReport;
import dev.sentag.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag agree}: inter-annotator agreement over the library or chosen documents. */
@Command(name = "agree", description = {"Agreement between annotators: observed agreement, Krippendorff's alpha",
        "(nominal, with a bootstrap 95%% interval), Fleiss' kappa, Cohen's kappa and a confusion matrix for two."})
final class AgreeCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--annotators", split = ",", paramLabel = "A,B,...", description = "Whose tags (default: all but gold, the adjudicated set).")
    List<String> annotators = new ArrayList<>();
    @Option(names = "--labels", split = ",", paramLabel = "L,...", description = "Only these labels count as values.")
    List<String> labels = new ArrayList<>();
    @Option(names = "--documents", split = ",", paramLabel = "ID,...", description = "Only these documents.")
    List<Long> documents = new ArrayList<>();
    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;
    @Option(names = "--doubly-coded", description = {"Only documents at least two of the compared annotators labelled",
            "in full (every current, non-excluded sentence)."})
    boolean doublyCoded;

    @Override
    public Integer call() throws Exception {
        AgreementReport r;
        dev.sentag.agree.LinkAgreement.Figures links;
        List<Long> docs = documents;
        try (Workspace ws = root.openWorkspace()) {
            if (doublyCoded) {
                docs = ws.agreement().doublyCoded(documents, annotators);
            }
            boolean none = doublyCoded && docs.isEmpty();
            r = none ? ws.agreement().noDocuments(annotators) : ws.agreement().report(docs, annotators, labels);
            links = none ? new dev.sentag.agree.LinkAgreement.Figures(null, null)
                    : ws.linkAgreement().figures(docs, annotators);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = toJson(r);
            if (doublyCoded) {
                o.set("doubly_coded_documents", new ObjectMapper().valueToTree(docs));
            }
            put(o, "link_f1", links.linkF1() == null ? Double.NaN : links.linkF1());
            put(o, "speaker_agreement", links.speakerAgreement() == null ? Double.NaN : links.speakerAgreement());
            out.println(new ObjectMapper().writeValueAsString(o));
        } else {
            if (doublyCoded) {
                out.printf("Doubly-coded documents: %s%n", docs.isEmpty() ? "none"
                        : String.join(", ", docs.stream().map(String::valueOf).toList()));
            }
            printTable(out, r);
            out.printf("Link F1:               %s%n", f(links.linkF1()));
            out.printf("Speaker agreement:     %s%n", f(links.speakerAgreement()));
        }
        out.flush();
        return 0;
    }

    private static ObjectNode toJson(AgreementReport r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("units", r.pairableUnits());
        o.put("sentences", r.units());
        o.set("annotators", m.valueToTree(r.annotators()));
        put(o, "observed_agreement", r.observedAgreement());
        put(o, "krippendorff_alpha", r.alpha());
        var ci = o.putArray("krippendorff_alpha_ci95");
        for (double v : r.alphaCi95()) {
            if (Double.isNaN(v)) {
                ci.addNull();
            } else {
                ci.add(v);
            }
        }
        put(o, "fleiss_kappa", r.fleissKappa());
        put(o, "cohen_kappa", r.cohenKappa() == null ? Double.NaN : r.cohenKappa());
        ObjectNode perLabel = o.putObject("per_label");
        r.alphaPerLabel().forEach((label, alpha) -> put(perLabel, label, alpha));
        o.set("confusion", r.confusion() == null ? null : m.valueToTree(r.confusion()));
        return o;
    }

    private static void put(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    private static String f(Double v) {
        return v == null || Double.isNaN(v) ? "n/a" : String.format("%.3f", v);
    }

    private static void printTable(PrintWriter out, AgreementReport r) {
        out.printf("Units (sentences two or more annotators labelled): %d of %d sentences%n", r.pairableUnits(), r.units());
        out.printf("Annotators:            %s%n", String.join(", ", r.annotators()));
        out.printf("Observed agreement:    %s%n", f(r.observedAgreement()));
        out.printf("Krippendorff's alpha:  %s  (95 %% interval %s to %s, bootstrap over units)%n", f(r.alpha()),
                f(r.alphaCi95()[0]), f(r.alphaCi95()[1]));
        out.printf("Fleiss' kappa:         %s%n", f(r.fleissKappa()));
        out.printf("Cohen's kappa:         %s%n", r.cohenKappa() == null ? "n/a (needs exactly two annotators)"
                : f(r.cohenKappa()));
        List<String> per = new ArrayList<>();
        r.alphaPerLabel().forEach((label, alpha) -> per.add(label + " " + f(alpha)));
        out.printf("Alpha per label:       %s%n", per.isEmpty() ? "n/a" : String.join(", ", per));
        if (r.confusion() != null && !r.confusion().isEmpty()) {
            out.printf("Confusion (rows %s, columns %s):%n", r.annotators().get(0), r.annotators().get(1));
            int width = r.confusion().keySet().stream().mapToInt(String::length).max().orElse(5) + 2;
            StringBuilder header = new StringBuilder(" ".repeat(width));
            r.confusion().keySet().forEach(k -> header.append(String.format("%" + width + "s", k)));
            out.println(header);
            for (Map.Entry<String, Map<String, Integer>> row : r.confusion().entrySet()) {
                StringBuilder line = new StringBuilder(String.format("%-" + width + "s", row.getKey()));
                row.getValue().values().forEach(n -> line.append(String.format("%" + width + "d", n)));
                out.println(line);
            }
        }
    }
}
