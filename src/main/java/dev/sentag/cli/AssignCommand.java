package dev.sentag.cli;

import dev.sentag.annotate.AssignmentService;
import dev.sentag.workspace.Workspace;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag assign}: gives documents to annotators, evenly and reproducibly, or takes assignments away. */
@Command(name = "assign", description = {"Assign documents to annotators: each document gets --per-doc distinct",
        "annotators (its earlier assignments count), the least loaded first, so loads differ by at most one",
        "(counting every assignment, earlier ones too); the same --seed on the same library gives the same result.",
        "Documents in the trash are never assigned. Prints what it did: documents, then per annotator",
        "name, new assignments and assignments in all."})
final class AssignCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--annotators", split = ",", paramLabel = "A,B,...",
            description = "Who codes (new names are added to the library, as with --annotator).")
    List<String> annotators = new ArrayList<>();
    @Option(names = "--per-doc", paramLabel = "N", description = "Annotators per document (default 2).")
    int perDoc = 2;
    @Option(names = "--seed", paramLabel = "N", description = "Seed of the draw that breaks ties (default: a new one, printed).")
    Long seed;
    @Option(names = "--docs", split = ",", paramLabel = "ID,...", description = "Only these documents (default: all not in the trash).")
    List<Long> documents = new ArrayList<>();
    @Option(names = "--clear", description = "Take assignments away instead: of --docs and --annotators (all when not given).")
    boolean clear;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openAsAdmin("assign work")) {
            AssignmentService service = ws.assignments();
            if (clear) {
                int removed = service.clear(documents, annotators);
                out.printf("removed %d assignment%s%n", removed, removed == 1 ? "" : "s");
                return 0;
            }
            long draw = seed != null ? seed : new SecureRandom().nextLong();
            AssignmentService.Result r = service.assign(annotators, perDoc, draw, documents);
            out.printf("assigned %d documents, %d new assignments (seed %d)%n", r.documents(), r.assignments(), r.seed());
            r.totalPerAnnotator().forEach((name, total) ->
                    out.printf("%s\t+%d\t%d%n", name, r.newPerAnnotator().get(name), total));
        }
        return 0;
    }
}
