package dev.sentag.perf;

import dev.sentag.ingest.ImportResult;
import dev.sentag.ingest.ImportService;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The synthetic corpus folders and imported libraries of one run, kept in its scratch folder so measures can share
 * them: the import measure's result is the export measure's library, and a corpus folder is written once.
 */
final class BenchLibrary {
    private BenchLibrary() {
    }

    /** A folder holding articles 0..n-1 of the run's corpus as .txt files, written on first use. */
    static Path corpus(BenchContext context, int articles) throws IOException {
        Path folder = context.scratch().resolve("corpus-" + articles);
        if (!Files.isDirectory(folder)) {
            context.progress().printf("  writing %,d synthetic articles%n", articles);
            Path partial = context.scratch().resolve("corpus-" + articles + ".partial");
            new SyntheticCorpus(context.seed()).writeFolder(partial, articles);
            Files.move(partial, folder);
        }
        return folder;
    }

    /** Where the library named {@code name} of {@code articles} articles lives (it may not exist yet). */
    static Path path(BenchContext context, String name, int articles) {
        return context.scratch().resolve(name + "-" + articles + ".db");
    }

    /** The library, imported from the corpus the way the app imports a folder if it does not exist yet. */
    static Path library(BenchContext context, String name, int articles) throws IOException {
        Path db = path(context, name, articles);
        if (!Files.exists(db)) {
            Path folder = corpus(context, articles);
            context.progress().printf("  importing %,d articles into %s%n", articles, db.getFileName());
            try (Workspace ws = Workspace.openWithoutSnapshot(db)) {
                requireAllImported(ws.imports().importAll(List.of(folder), ImportService.Progress.NONE), articles);
                ws.find().indexAll(); // the find index complete, as after the app's import
            }
        }
        return db;
    }

    /** A benchmark on a half-imported corpus would measure the wrong thing: stop instead. */
    static void requireAllImported(List<ImportResult> results, int articles) {
        long imported = results.stream().filter(r -> r instanceof ImportResult.Imported).count();
        if (imported != articles) {
            String first = results.stream().filter(r -> !(r instanceof ImportResult.Imported))
                    .map(Object::toString).findFirst().orElse("");
            throw new IllegalStateException("The synthetic corpus imported " + imported + " of " + articles
                    + " articles: " + first);
        }
    }
}
