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

/** {@code sentag import FILE...}: one line per document with its id, title and what happened to it. */
@Command(name = "import", description = "Import UTF-8 text articles (the first non-empty line is the title) and JSON Lines of"
        + " articles (.jsonl: one object a line with \"text\", optional \"title\"; other fields kept as metadata). A Sentag"
        + " export (jsonl, jsonl-docs) of documents already here adds its tags to them instead.")
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
    @Option(names = "--overwrite",
            description = "Merging a Sentag export into documents already here: where the file has another label or"
                    + " note for a sentence an annotator already tagged, take the file's (default: keep what is here).")
    boolean overwrite;

    private dev.sentag.ingest.ImportService importer(Workspace ws) {
        var imports = textColumn == null ? ws.imports() : ws.imports().withTextColumn(textColumn);
        imports = format == null ? imports : imports.withFormat(format);
        imports = encoding == null ? imports : imports.withEncoding(encoding);
        imports = overwrite ? imports.overwritingTags() : imports;
        return dryRun ? imports.dryRun() : imports;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int failures = 0;
        try (Workspace ws = root.openAsAdmin("import documents")) {
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
                } else if (result instanceof ImportResult.TagsMerged m) {
                    reportMerge(m, out, err);
                } else if (result instanceof ImportResult.Failed f) {
                    err.println("sentag: " + f.message());
                    failures++;
                }
                out.flush();
            }
            if (!dryRun && ws.find().mayIndex()) {
                ws.find().indexAll(); // a folder's articles go into the find index after the import
            }
        }
        return failures == 0 ? 0 : SentagCommand.BAD_INPUT;
    }

    /** The counts on stdout; each tag left out, and the conflicts kept, on stderr: they need the user's eye. */
    private static void reportMerge(ImportResult.TagsMerged m, java.io.PrintWriter out, java.io.PrintWriter err) {
        out.printf("%d\t%s\tmerged tags of %s: %d added, %d unchanged, %d conflicting kept, %d replaced,"
                        + " %d unmatched%s%s%n", m.documentId(), m.title(), String.join(", ", m.annotators()), m.added(),
                m.unchanged(), m.conflicts(), m.replaced(), m.unmatched().size(),
                m.changedNothing() ? " (nothing changed)" : "", m.dryRun() ? "\t(dry run: nothing stored)" : "");
        for (var u : m.unmatched()) {
            err.println("sentag: " + u.message(m.input()));
        }
        if (m.conflicts() > 0) {
            err.printf("sentag: %s: %d tags differ from the ones here; kept the ones here (--overwrite takes the"
                    + " file's)%n", m.input(), m.conflicts());
        }
        err.flush();
    }
}
