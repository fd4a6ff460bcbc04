package dev.sentag.cli;

import dev.sentag.annotate.LinkService;
import dev.sentag.model.SentenceLink;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Links between sentences and speakers from the command line: link, links, speaker, speakers. */
final class LinkCommands {
    private LinkCommands() {
    }

    /** {@code sentag link DOC FROM TO [--type TYPE] [--remove]} or {@code sentag link --stdin}. */
    @Command(name = "link", mixinStandardHelpOptions = true, description = {"Link sentence FROM of document DOC to sentence TO (default type responds_to).",
            "Prints 'ok DOC FROM TO TYPE' after the commit; linking twice stores nothing new.",
            "With --stdin, read lines 'DOC FROM TO [TYPE]' and answer each the same way."})
    static final class Link implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;
        @Option(names = "--type", paramLabel = "TYPE", description = "Link type (see annotation.conf; default responds_to).")
        String type;
        @Option(names = "--remove", description = "Remove the link instead of adding it.")
        boolean remove;
        @Option(names = "--stdin", description = "Read 'DOC FROM TO [TYPE]' lines from standard input.")
        boolean stdin;
        @Parameters(arity = "0..3", paramLabel = "DOC FROM TO")
        String[] args = new String[0];

        @Override
        public Integer call() throws IOException {
            if (stdin == (args.length == 3)) {
                throw new ParameterException(spec.commandLine(), "Give either DOC FROM TO or --stdin.");
            }
            var out = spec.commandLine().getOut();
            try (Workspace ws = root.openWorkspace()) {
                if (!stdin) {
                    apply(ws.links(), args, type, out);
                    return 0;
                }
                return StdinLines.each(root.io(), spec.commandLine().getErr(), line -> {
                    String[] parts = line.split("\\s+");
                    if (parts.length < 3 || parts.length > 4) {
                        throw new IllegalArgumentException("expected 'DOC FROM TO [TYPE]', got " + parts.length
                                + " field(s).");
                    }
                    apply(ws.links(), java.util.Arrays.copyOf(parts, 3), parts.length == 4 ? parts[3] : type, out);
                });
            }
        }

        private void apply(LinkService links, String[] parts, String typeName, PrintWriter out) {
            long doc = StdinLines.number(parts[0], "DOC");
            int from = (int) StdinLines.number(parts[1], "FROM");
            int to = (int) StdinLines.number(parts[2], "TO");
            String name = links.type(typeName).name();
            if (remove) {
                links.unlink(doc, from, to, name);
            } else {
                links.link(doc, from, to, name);
            }
            out.println("ok " + doc + " " + from + " " + to + " " + name);
            out.flush();
        }
    }

    /** {@code sentag links DOC}: the current annotator's links as FROM TAB TO TAB TYPE. */
    @Command(name = "links", mixinStandardHelpOptions = true, description = "List the current annotator's links in document DOC as FROM<TAB>TO<TAB>TYPE.")
    static final class Links implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DOC")
        long documentId;

        @Override
        public Integer call() {
            try (Workspace ws = root.openWorkspace()) {
                requireDocument(ws, documentId);
                var out = spec.commandLine().getOut();
                for (SentenceLink l : ws.links().links(documentId)) {
                    out.println(l.fromIndex() + "\t" + l.toIndex() + "\t" + l.type());
                }
                out.flush();
            }
            return 0;
        }
    }

    /** {@code sentag speaker DOC INDEX NAME} or {@code --clear}. */
    @Command(name = "speaker", mixinStandardHelpOptions = true, description = {"Set who speaks in sentence INDEX of document DOC (1 to 200 characters).",
            "Prints 'ok DOC INDEX NAME' after the commit; --clear removes the speaker."})
    static final class Speaker implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;
        @Option(names = "--clear", description = "Remove the speaker of the sentence.")
        boolean clear;
        @Parameters(index = "0", paramLabel = "DOC")
        long documentId;
        @Parameters(index = "1", paramLabel = "INDEX")
        int index;
        @Parameters(index = "2", arity = "0..1", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            if (clear == (name != null)) {
                throw new ParameterException(spec.commandLine(), "Give either NAME or --clear.");
            }
            try (Workspace ws = root.openWorkspace()) {
                ws.links().speaker(documentId, index, clear ? null : name);
            }
            var out = spec.commandLine().getOut();
            out.println("ok " + documentId + " " + index + " " + (clear ? "-" : name.strip()));
            out.flush();
            return 0;
        }
    }

    /** {@code sentag speakers DOC [--suggest]}. */
    @Command(name = "speakers", mixinStandardHelpOptions = true, description = {"List the current annotator's speakers in document DOC as INDEX<TAB>NAME.",
            "With --suggest, list INDEX<TAB>SUGGESTION for the sentences whose text names a speaker (nothing is saved)."})
    static final class Speakers implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;
        @Option(names = "--suggest", description = "Suggest speakers found in the sentences' text.")
        boolean suggest;
        @Parameters(index = "0", paramLabel = "DOC")
        long documentId;

        @Override
        public Integer call() {
            try (Workspace ws = root.openWorkspace()) {
                requireDocument(ws, documentId);
                var out = spec.commandLine().getOut();
                var found = suggest ? ws.links().suggestions(documentId) : ws.links().speakers(documentId);
                found.forEach((index, name) -> out.println(index + "\t" + name));
                out.flush();
            }
            return 0;
        }
    }

    private static void requireDocument(Workspace ws, long documentId) {
        if (ws.annotation().open(documentId).isEmpty()) {
            throw new IllegalArgumentException("No document with id " + documentId + ".");
        }
    }
}
