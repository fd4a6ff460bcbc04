package dev.sentag.cli;

import dev.sentag.workspace.DataLocation;
import dev.sentag.workspace.Workspace;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag copy --to TARGET}: the library opened with --db, whole, into an empty library. */
@Command(name = "copy", description = {"Copy the library (--db) into an empty library: documents, sentences, tags,",
        "notes, history (undo works in the copy), repairs, links, speakers, codebook, annotators, settings, trash",
        "and assignments; the full-text index is rebuilt. A target that holds anything is refused and not changed.",
        "Either side may be a file or a PostgreSQL database (password from PGPASSWORD or ~/.pgpass). A team",
        "library's roles and grants are not copied: run sentag team init on the copy. Prints the rows copied per table."})
final class CopyCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "The library to copy into: a new file, an empty library file, or an empty PostgreSQL "
                    + "database postgresql://USER@HOST:PORT/DBNAME.")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Long> copied;
        try (Workspace ws = root.openWorkspace()) {
            copied = ws.copyTo(to);
        }
        copied.forEach((table, rows) -> out.printf("%s\t%d%n", table, rows));
        out.printf("copied %s into %s%n", shown(root.library()), shown(to));
        return 0;
    }

    /** A file as its full path, a server as its URL (which never holds a password). */
    private static String shown(String library) {
        return DataLocation.file(library).map(p -> p.toAbsolutePath().toString()).orElseGet(() -> Workspace.shown(library));
    }
}
