package dev.sentag.cli;

import dev.sentag.export.ExportFormat;
import dev.sentag.export.ExportOptions;
import dev.sentag.workspace.Workspace;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag export --format jsonl [--out FILE]}: standard output unless a file is named. */
@Command(name = "export", description = "Export sentences with their tags.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: jsonl (default).")
    String format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;
    @Option(names = "--annotator", paramLabel = "NAME", description = "Whose tags (default: the current annotator).")
    String annotator;
    @Option(names = "--tagged-only", description = "Leave out sentences without a label.")
    boolean taggedOnly;
    @Option(names = "--include-excluded", description = "Also export sentences excluded as web residue.")
    boolean includeExcluded;

    @Override
    public Integer call() throws IOException {
        ExportFormat fmt = ExportFormat.byId(format);
        var options = new ExportOptions(annotator, !taggedOnly, includeExcluded);
        try (Workspace ws = root.openWorkspace()) {
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(root.io().out());
                ws.exports().export(fmt, options, stdout);
                stdout.flush();
                return 0;
            }
            long n = ws.exports().exportToFile(fmt, options, out);
            spec.commandLine().getErr().println("sentag: wrote " + n + " sentences to " + out);
        }
        return 0;
    }
}
