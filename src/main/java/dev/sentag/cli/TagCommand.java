package dev.sentag.cli;

import dev.sentag.annotate.AnnotationService;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sentag tag DOC INDEX LABEL} or {@code sentag tag --stdin}. Each {@code ok} line is printed only
 * after its transaction committed (synchronous=FULL), so a caller may count it as saved.
 */
@Command(name = "tag", description = {"Tag sentence INDEX of document DOC with LABEL (case-insensitive; none clears).",
        "With --stdin, read lines 'DOC INDEX LABEL [unsure]' and answer 'ok DOC INDEX LABEL' after each commit."})
final class TagCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--stdin", description = "Read 'DOC INDEX LABEL' lines from standard input.")
    boolean stdin;
    @Option(names = "--unsure", description = "Mark the tag as one you are not sure of (without it, the tag is sure).")
    boolean unsure;
    @Parameters(arity = "0..3", paramLabel = "DOC INDEX LABEL")
    String[] args = new String[0];

    @Override
    public Integer call() throws IOException {
        if (stdin == (args.length == 3)) {
            throw new ParameterException(spec.commandLine(), "Give either DOC INDEX LABEL or --stdin.");
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (Workspace ws = root.openWorkspace()) {
            if (!stdin) {
                apply(ws.annotation(), args, unsure, out);
                return 0;
            }
            return StdinLines.each(root.io(), err, line -> apply(ws.annotation(), line.split("\\s+", 3), unsure, out));
        }
    }

    /**
     * Tags one sentence. A label may hold spaces, so in a stdin line the fourth field {@code unsure} is
     * recognised as the last word after a label of its own (a label named "Unsure" alone stays a label).
     */
    private static void apply(AnnotationService annotation, String[] parts, boolean unsure, PrintWriter out) {
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected 'DOC INDEX LABEL [unsure]', got " + parts.length + " field(s).");
        }
        long doc = StdinLines.number(parts[0], "DOC");
        int index = (int) StdinLines.number(parts[1], "INDEX");
        String label = parts[2].strip();
        String[] words = label.split("\\s+");
        if (words.length > 1 && words[words.length - 1].equalsIgnoreCase("unsure")) {
            unsure = true;
            label = label.substring(0, label.length() - words[words.length - 1].length()).strip();
        }
        boolean clears = label.equalsIgnoreCase("none");
        annotation.tag(doc, index, label, clears ? null : unsure);
        out.println("ok " + doc + " " + index + " " + label + (unsure && !clears ? " unsure" : ""));
        out.flush();
    }
}
