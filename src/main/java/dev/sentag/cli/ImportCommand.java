package dev.sentag.cli;

import dev.sentag.ingest.ImportResult;
import dev.sentag.ingest.ImportService;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag import FILE...}: one line per file with the new id, title and sentence count. */
@Command(name = "import", description = "Import UTF-8 text articles (the first non-empty line is the title) and JSON Lines of"
        + " articles (.jsonl: one object a line with \"text\", optional \"title\"; other fields kept as metadata).")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Text or .jsonl files, or folders (searched recursively for them).")
    List<Path> files;
    @Option(names = "--dry-run",
            description = "Read and check everything, say what would be imported, store nothing.")
    boolean dryRun;
    @Option(names = "--text-column", paramLabel = "NAME",
            description = "CSV: the column holding the article text (default: text, body, content or article).")
    String textColumn;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every file as txt, html, jsonl or csv, whatever its name (default: by extension).")
    String format;
    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Decode files in this encoding (e.g. windows-1252) instead of UTF-8.")
    String encoding;

    private dev.sentag.ingest.ImportService importer(Workspace ws) {
        var imports = textColumn == null ? ws.imports() : ws.imports().withTextColumn(textColumn);
        imports = format == null ? imports : imports.withFormat(format);
        imports = encoding == null ? imports : imports.withEncoding(encoding);
        return dryRun ? imports.dryRun() : imports;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int failures = 0;
        try (Workspace ws = root.openWorkspace()) {
            for (ImportResult result : importer(ws).importAll(files, ImportService.Progress.NONE)) {
                if (result instanceof ImportResult.Imported i) {
                    out.printf("%d\t%s\t%d sentences%s%n", i.documentId(), i.title(), i.sentences(),
                            i.excluded() == 0 ? "" : ", " + i.excluded() + " excluded as web residue");
                } else if (result instanceof ImportResult.WouldImport w) {
                    out.printf("-\t%s\t%d sentences%s\t(dry run: not imported)%n", w.title(), w.sentences(),
                            w.excluded() == 0 ? "" : ", " + w.excluded() + " excluded as web residue");
                } else if (result instanceof ImportResult.Duplicate d) {
                    out.printf("-\t%s\tskipped: same content as document %d (%s)%n", d.input(),
                            d.existingId(), d.existingTitle());
                } else if (result instanceof ImportResult.Failed f) {
                    err.println("sentag: " + f.message());
                    failures++;
                }
                out.flush();
            }
        }
        return failures == 0 ? 0 : SentagCommand.BAD_INPUT;
    }
}
