package dev.sentag.cli;

import dev.sentag.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag note DOC INDEX TEXT} or {@code --clear}: the current annotator's note on a sentence, as in the window. */
@Command(name = "note", description = {"Write or clear your note on a sentence.",
        "TEXT becomes your note on sentence INDEX of document DOC (replacing any); --clear removes it. The label is kept."})
final class NoteCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "DOC")
    long documentId;
    @Parameters(index = "1", paramLabel = "INDEX")
    int index;
    @Parameters(index = "2", arity = "0..1", paramLabel = "TEXT")
    String text;
    @Option(names = "--clear", description = "Remove the note.")
    boolean clear;

    @Override
    public Integer call() {
        if (clear == (text != null)) {
            throw new ParameterException(spec.commandLine(), "Give either TEXT or --clear.");
        }
        if (!clear && text.isBlank()) {
            throw new ParameterException(spec.commandLine(), "The note is empty; to remove a note use --clear.");
        }
        try (Workspace ws = root.openWorkspace()) {
            ws.annotation().note(documentId, index, clear ? null : text);
        }
        spec.commandLine().getOut().println((clear ? "cleared " : "noted ") + documentId + " " + index);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
