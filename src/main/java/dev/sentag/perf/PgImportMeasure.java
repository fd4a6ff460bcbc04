package dev.sentag.perf;

import dev.sentag.ingest.ImportService;
import dev.sentag.store.baseline.BareImport;
import dev.sentag.store.baseline.BarePostgres;
import dev.sentag.workspace.Workspace;
import java.util.List;
import java.util.Locale;

/**
 * Import + segment on PostgreSQL: the import row's measure into a fresh team-less PostgreSQL library (a scratch
 * schema of the database {@code --pg} names), against a plain pgjdbc loop inserting the same document and sentence
 * rows (read back from Sentag's library, so split beforehand and not timed) into a second fresh library of the same
 * schema on the same server, in one transaction.
 */
final class PgImportMeasure implements Measure {
    private static final String SENTAG = "import";
    private static final String BARE = "import_bare";

    @Override
    public String name() {
        return "import-pg";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        int articles = context.scaled(ImportMeasure.ARTICLES);
        String name = String.format(Locale.ROOT, "import + segment %,d articles, PostgreSQL", articles);
        if (context.pg() == null) {
            return List.of(PgScratch.notMeasured(name, "articles/s", "ratio ≥ 0.5"));
        }
        try (PgScratch scratch = PgScratch.create(context.pg(), SENTAG, BARE)) {
            var folder = BenchLibrary.corpus(context, articles);
            context.progress().printf("  Sentag: importing %,d articles into %s%n", articles, scratch.library(SENTAG));
            double sentagSeconds;
            double indexSeconds;
            try (Workspace ws = Workspace.open(scratch.library(SENTAG))) {
                long start = System.nanoTime();
                var results = ws.imports().importAll(List.of(folder), ImportService.Progress.NONE);
                sentagSeconds = (System.nanoTime() - start) / 1e9;
                BenchLibrary.requireAllImported(results, articles);
                indexSeconds = ImportMeasure.catchUp(ws);
            }
            context.progress().println("  baseline: plain pgjdbc insert of the same rows, one transaction");
            BareImport rows = BarePostgres.rows(scratch.library(SENTAG));
            Workspace.open(scratch.library(BARE)).close(); // the schema, made by the same migrations
            double bareSeconds = BarePostgres.insert(rows, scratch.library(BARE));
            String note = String.format(Locale.ROOT, "%,d sentences; Sentag %.2f s (as File → Import folder), baseline"
                    + " %.2f s; both into fresh libraries on the same server", rows.sentenceCount(), sentagSeconds,
                    bareSeconds);
            return List.of(Ratios.throughput(name, articles / sentagSeconds, articles / bareSeconds, "articles/s", 0.5,
                    note), ImportMeasure.indexedRow(name, articles, sentagSeconds, indexSeconds, bareSeconds));
        }
    }
}
