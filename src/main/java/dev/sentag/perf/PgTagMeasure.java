package dev.sentag.perf;

import dev.sentag.ingest.ImportService;
import dev.sentag.store.baseline.BarePostgres;
import dev.sentag.store.baseline.BareTagging;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Tag → durable on PostgreSQL: the tag row's measure on a team-less PostgreSQL library (a scratch schema of the
 * database {@code --pg} names), Sentag's keypress path against a bare single-row upsert over pgjdbc in autocommit on
 * the same server and tables, alternating in blocks as on SQLite.
 */
final class PgTagMeasure implements Measure {
    private static final String LIBRARY = "tag";

    @Override
    public String name() {
        return "tag-pg";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        int articles = context.scaled(TagMeasure.LIBRARY_ARTICLES);
        int tags = context.scaled(TagMeasure.TAGS);
        String name = String.format(Locale.ROOT, "tag → durable, %,d single tags, PostgreSQL", tags);
        if (context.pg() == null) {
            return List.of(PgScratch.notMeasured(name + ", p50", "ms", "ratio ≤ 1.5"),
                    PgScratch.notMeasured(name + ", p99", "ms", "ratio ≤ 1.5"));
        }
        try (PgScratch scratch = PgScratch.create(context.pg(), LIBRARY)) {
            Path folder = BenchLibrary.corpus(context, articles);
            String url = scratch.library(LIBRARY);
            context.progress().printf("  importing %,d articles into %s%n", articles, url);
            TagMeasure.Timed timed;
            try (Workspace ws = Workspace.open(url)) {
                BenchLibrary.requireAllImported(ws.imports().importAll(List.of(folder), ImportService.Progress.NONE),
                        articles);
                long[] sentenceIds = BarePostgres.taggableSentences(url);
                try (BareTagging.Upsert upsert = BarePostgres.upsert(url)) {
                    timed = TagMeasure.alternate(context, ws, upsert, sentenceIds, tags, articles);
                }
            }
            String note = String.format(Locale.ROOT, "PostgreSQL library of %,d articles; baseline: bare upsert over"
                    + " pgjdbc, autocommit, same server and tables; %s", articles, timed.handOffNote());
            return timed.rows(name, note);
        }
    }
}
