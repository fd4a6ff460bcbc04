package dev.sentag.cli;

import dev.sentag.annotate.GoldAdoption;
import dev.sentag.annotate.GoldRule;
import dev.sentag.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag gold --from ana,ben}: every sentence the annotators agree on goes into gold at once. */
@Command(name = "gold", mixinStandardHelpOptions = true, description = {"Write gold for every sentence where the named annotators agree.",
        "A gold label already there is never overwritten; the disagreements are left for adjudication.",
        "One change in gold's history: sentag --annotator gold undo takes it back whole."})
final class GoldCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--from", required = true, split = ",", paramLabel = "A,B,...",
            description = "The annotators whose agreement counts (at least two).")
    List<String> from = new ArrayList<>();
    @Option(names = "--accept", paramLabel = "RULE", defaultValue = "unanimous",
            description = "unanimous (default): all named annotators gave the label; majority: more than half did.")
    String accept;
    @Option(names = "--doc", split = ",", paramLabel = "ID,...", description = "Only these documents (default: all).")
    List<Long> documents = new ArrayList<>();

    @Override
    public Integer call() {
        GoldRule rule = GoldRule.parse(accept);
        GoldAdoption.Result r;
        try (Workspace ws = root.openWorkspace()) {
            DocumentCommands.requireListed(ws, documents);
            r = ws.gold().accept(from, rule, documents);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d gold %s written (%s of %s)%n", r.written(), r.written() == 1 ? "label" : "labels",
                rule.name().toLowerCase(java.util.Locale.ROOT), String.join(", ", from));
        out.printf("%d already in gold, kept%n", r.alreadyGold());
        out.printf("%d %s left to adjudicate%n", r.disagreements(), r.disagreements() == 1 ? "disagreement" : "disagreements");
        if (r.incomplete() > 0) {
            out.printf("%d not labelled by all of %s, not taken%n", r.incomplete(), String.join(", ", from));
        }
        out.flush();
        return 0;
    }
}
