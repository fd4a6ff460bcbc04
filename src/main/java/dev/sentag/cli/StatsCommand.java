package dev.sentag.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentag.model.LibraryStatistics;
import dev.sentag.model.LibraryStatistics.AnnotatorProgress;
import dev.sentag.model.LibraryStatistics.DocumentProgress;
import dev.sentag.workspace.Workspace;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag stats}: labels, each annotator's progress and each document's, excluded sentences left out. */
@Command(name = "stats", description = {"Where the study stands: labels, progress per annotator and per document.",
        "Labels over all annotators, each annotator's tags and complete documents, each document's progress",
        "per annotator. Excluded sentences count nowhere."})
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "One JSON object with labels, annotators and documents.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        LibraryStatistics s;
        try (Workspace ws = root.openLibrary()) {
            s = ws.find().statistics();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(toJson(s)));
        } else {
            printText(out, s);
        }
        out.flush();
        return 0;
    }

    private static ObjectNode toJson(LibraryStatistics s) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.set("labels", m.valueToTree(new TreeMap<>(s.labels())));
        ObjectNode annotators = o.putObject("annotators");
        new TreeMap<>(s.annotators()).forEach((name, a) -> {
            ObjectNode n = annotators.putObject(name);
            n.put("tagged", a.tagged());
            n.set("labels", m.valueToTree(new TreeMap<>(a.labels())));
            n.put("documents_complete", a.documentsComplete());
        });
        var documents = o.putArray("documents");
        for (DocumentProgress d : s.documents()) {
            ObjectNode n = documents.addObject();
            n.put("id", d.id());
            n.put("title", d.title());
            n.put("sentences", d.sentences());
            n.set("tagged", m.valueToTree(new TreeMap<>(d.tagged())));
        }
        return o;
    }

    private static void printText(PrintWriter out, LibraryStatistics s) {
        out.printf(Locale.ROOT, "%d documents, %d sentences, %d disputed (%.1f %%)%n", s.documents().size(),
                s.sentences(), s.disputed(), 100 * s.disputedShare());
        out.println("labels\t" + line(s.labels()));
        for (Map.Entry<String, AnnotatorProgress> e : new TreeMap<>(s.annotators()).entrySet()) {
            AnnotatorProgress a = e.getValue();
            out.printf(Locale.ROOT, "annotator\t%s\t%d tagged\t%d documents complete\t%s%n", e.getKey(), a.tagged(),
                    a.documentsComplete(), line(a.labels()));
        }
    }

    private static String line(Map<String, Integer> counts) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(counts).forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
        return b.isEmpty() ? "none" : b.toString();
    }
}
