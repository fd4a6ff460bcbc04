package dev.sentag.cli;

import dev.sentag.export.ExportFormat;
import dev.sentag.export.ExportOptions;
import dev.sentag.export.ExportProgress;
import dev.sentag.export.ExportResult;
import dev.sentag.export.OffsetUnit;
import dev.sentag.export.SplitSpec;
import dev.sentag.workspace.Workspace;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag export --format F [--out PATH] [filters] [--split 80/10/10 --seed N]}. */
@Command(name = "export", description = "Export sentences with their tags.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (default), jsonl-docs, csv, doccano, label-studio, brat, webanno-tsv.")
    String format;
    @Option(names = "--out", paramLabel = "PATH",
            description = "File (a folder for brat and webanno-tsv); default: standard output.")
    Path out;
    @Option(names = "--tagged-only", description = "Leave out sentences without a label.")
    boolean taggedOnly;
    @Option(names = "--include-excluded", description = "Also write sentences excluded as web residue.")
    boolean includeExcluded;
    @Option(names = "--labels", split = ",", paramLabel = "LABEL", description = "Only sentences with these labels.")
    List<String> labels = List.of();
    @Option(names = "--doc", split = ",", paramLabel = "ID", description = "Only these documents.")
    List<Long> documents = List.of();
    @Option(names = "--docs", defaultValue = "any", paramLabel = "STATE",
            description = "Documents by tagging state: any (default), started, complete, untagged.")
    String documentState;
    @Option(names = "--context", description = "jsonl/csv: add prev_text and next_text.")
    boolean context;
    @Option(names = "--doccano-mode", defaultValue = "sequence", paramLabel = "MODE",
            description = "doccano: sequence (per document, spans; default) or classification (per sentence).")
    String doccanoMode;
    @Option(names = "--offsets", paramLabel = "UNIT",
            description = "doccano: what span offsets count: utf16 (default; what doccano's labelling screen counts),"
                    + " graphemes (projects with \"Count grapheme clusters as one character\") or codepoints"
                    + " (Python's str indexes).")
    String offsets;
    @Option(names = "--split", paramLabel = "TRAIN/DEV/TEST",
            description = "Article-grouped split into train/dev/test, e.g. 80/10/10 (needs --out).")
    String split;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the split (default 1).")
    long seed;

    @Override
    public Integer call() throws IOException {
        ExportFormat fmt = ExportFormat.byId(format);
        if (offsets != null && fmt != ExportFormat.DOCCANO) {
            throw new IllegalArgumentException("--offsets applies to the doccano format only, not " + fmt.id() + ".");
        }
        // Whose tags: the global --annotator (or the saved annotator), as for every command.
        var options = new ExportOptions(null, !taggedOnly, includeExcluded, Set.copyOf(labels),
                Set.copyOf(documents), choice(ExportOptions.DocumentState.class, "--docs", documentState), context,
                choice(ExportOptions.DoccanoMode.class, "--doccano-mode", doccanoMode),
                split == null ? null : SplitSpec.parse(split, seed),
                offsets == null ? OffsetUnit.UTF16 : OffsetUnit.byId(offsets));
        try (Workspace ws = root.openWorkspace()) {
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(root.io().out());
                ws.exports().export(fmt, options, stdout);
                stdout.flush();
                return 0;
            }
            ExportResult result = ws.exports().exportTo(fmt, options, out, ExportProgress.NONE);
            spec.commandLine().getErr().println("sentag: wrote " + result.sentences() + " sentences from "
                    + result.documents() + (result.documents() == 1 ? " document" : " documents") + " to " + String.join(", ",
                    result.paths().stream().map(Path::toString).toList()));
        }
        return 0;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " takes one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + value + "'.", e);
        }
    }
}
