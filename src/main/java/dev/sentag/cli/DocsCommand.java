package dev.sentag.cli;

import dev.sentag.model.DocumentSummary;
import dev.sentag.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag docs}: id, title, sentences, tagged — tab-separated, one document per line. */
@Command(name = "docs", description = "List documents: id, title, sentences, tagged (by the current annotator).")
final class DocsCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--deleted",
            description = "List the trash instead: id, title, deleted at, sentences, tags (everyone's).")
    boolean deleted;

    @picocli.CommandLine.Option(names = "--assigned",
            description = "Only the documents assigned to the annotator (--annotator NAME, else the current one): their queue.")
    boolean assigned;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (deleted && assigned) {
            throw new IllegalArgumentException("--deleted and --assigned do not go together: the trash is never assigned.");
        }
        if (deleted) {
            try (Workspace ws = root.openWorkspace()) {
                ws.annotation().trash().forEach(t -> out.printf("%d\t%s\t%s\t%d\t%d%n", t.id(), t.title(),
                        t.deletedAt(), t.sentences(), t.tags()));
            }
            return 0;
        }
        try (Workspace ws = root.openWorkspace()) {
            for (DocumentSummary d : assigned ? ws.assignments().myQueue() : ws.annotation().documents()) {
                out.printf("%d\t%s\t%d\t%d%n", d.id(), d.title(), d.sentences(), d.tagged());
            }
        }
        return 0;
    }
}
