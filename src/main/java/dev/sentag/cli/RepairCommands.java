package dev.sentag.cli;

import dev.sentag.annotate.Change;
import dev.sentag.workspace.Workspace;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Sentence repairs and history from the command line: merge, split, undo, redo. */
final class RepairCommands {
    private RepairCommands() {
    }

    static void report(PrintWriter out, String what, Change change) {
        if (change.isCodebook()) {
            out.printf("%s: %s%n", what, change.codebook());
            out.flush();
            return;
        }
        out.printf("%s: document %d%s%s%n", what, change.documentId(),
                change.index() >= 0 ? ", sentence " + change.index() : "",
                change.tagsNotCarried() > 0
                        ? " (" + change.tagsNotCarried() + " other annotator(s) had differing labels: left untagged)"
                        : "");
        out.flush();
    }

    /** After a merge or split: a warning on stderr naming the other annotators whose tagged sentences it changed. */
    static void warnOthers(CommandSpec spec, String what, java.util.List<String> others) {
        if (!others.isEmpty()) {
            spec.commandLine().getErr().println("sentag: warning: this " + what + " also changed the sentences for "
                    + String.join(", ", others) + ", who had tagged them; the history records it as yours.");
            spec.commandLine().getErr().flush();
        }
    }

    /** {@code sentag merge DOC INDEX [--label NAME]}. */
    @Command(name = "merge", description = {"Merge sentence INDEX of document DOC with the next one.",
            "Tags both parts share are kept; if yours differ, give --label NAME (or none)."})
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DOC")
        long documentId;
        @Parameters(index = "1", paramLabel = "INDEX")
        int index;
        @Option(names = "--label", paramLabel = "NAME", description = "Label of the merged sentence when the parts differ.")
        String label;

        @Override
        public Integer call() {
            try (Workspace ws = root.openAsAdmin("merge or split sentences (the text is everyone's)")) {
                var others = ws.annotation().othersTagging(documentId, index, 2);
                report(spec.commandLine().getOut(), "merged",
                        ws.annotation().merge(documentId, index, Optional.ofNullable(label)));
                warnOthers(spec, "merge", others);
            }
            return 0;
        }
    }

    /** {@code sentag split DOC INDEX OFFSET}. */
    @Command(name = "split", description = {"Split sentence INDEX of document DOC at OFFSET characters from its start.",
            "Both parts keep the sentence's tags."})
    static final class Split implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DOC")
        long documentId;
        @Parameters(index = "1", paramLabel = "INDEX")
        int index;
        @Parameters(index = "2", paramLabel = "OFFSET")
        int offset;

        @Override
        public Integer call() {
            try (Workspace ws = root.openAsAdmin("merge or split sentences (the text is everyone's)")) {
                var others = ws.annotation().othersTagging(documentId, index, 1);
                report(spec.commandLine().getOut(), "split", ws.annotation().split(documentId, index, offset));
                warnOthers(spec, "split", others);
            }
            return 0;
        }
    }

    /** {@code sentag undo} and {@code sentag redo}: the current annotator's latest change. */
    @Command(name = "undo", description = "Undo the current annotator's latest tag, merge, split, link or speaker.")
    static final class Undo implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return step(root, spec, false);
        }
    }

    @Command(name = "redo", description = "Redo the current annotator's latest undone change.")
    static final class Redo implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return step(root, spec, true);
        }
    }

    private static int step(SentagCommand root, CommandSpec spec, boolean redo) {
        try (Workspace ws = root.openWorkspace()) {
            Optional<Change> change = redo ? ws.annotation().redo() : ws.annotation().undo();
            if (change.isEmpty()) {
                spec.commandLine().getErr().println("sentag: nothing to " + (redo ? "redo" : "undo") + ".");
                return SentagCommand.FAILED;
            }
            report(spec.commandLine().getOut(), redo ? "redone" : "undone", change.get());
            return 0;
        }
    }
}
