package dev.sentag.perf;

import dev.sentag.ingest.ImportService;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Import + segment a folder of 10,000 articles (× scale) into a fresh library, exactly as File → Import folder
 * does, against a plain JDBC loop inserting the same document and sentence rows (taken from Sentag's result, so
 * split beforehand and not timed) into a fresh database of the same schema and pragmas in one transaction.
 */
final class ImportMeasure implements Measure {
    static final int ARTICLES = 10_000;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        int articles = context.scaled(ARTICLES);
        Path folder = BenchLibrary.corpus(context, articles);
        double megabytes = folderBytes(folder) / 1e6;
        Path library = BenchLibrary.path(context, "library", articles);

        context.progress().printf("  Sentag: importing %,d articles (%.1f MB)%n", articles, megabytes);
        double sentagSeconds;
        try (Workspace ws = Workspace.openWithoutSnapshot(library)) {
            long start = System.nanoTime();
            var results = ws.imports().importAll(List.of(folder), ImportService.Progress.NONE);
            sentagSeconds = (System.nanoTime() - start) / 1e9;
            BenchLibrary.requireAllImported(results, articles);
        }

        context.progress().println("  baseline: plain JDBC insert of the same rows, one transaction");
        Rows rows = Rows.read(library);
        Path bare = context.scratch().resolve("import-baseline.db");
        Workspace.openWithoutSnapshot(bare).close(); // the schema, made by the same migrations
        double bareSeconds = rows.insertInto(bare);

        String name = String.format(Locale.ROOT, "import + segment %,d articles (%.1f MB)", articles, megabytes);
        String note = String.format(Locale.ROOT, "%,d sentences; Sentag %.2f s (as File → Import folder: files read ahead on"
                + " the other cores, a transaction per batch), baseline %.2f s", rows.sentenceCount(), sentagSeconds, bareSeconds);
        return List.of(
                Ratios.throughput(name, articles / sentagSeconds, articles / bareSeconds, "articles/s", 0.5, note),
                Ratios.throughput(name, megabytes / sentagSeconds, megabytes / bareSeconds, "MB/s", 0.5, ""));
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long total = 0;
            for (Path f : files.toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    /** The document and sentence rows Sentag stored, held in memory so the baseline only inserts. */
    private record Rows(List<Object[]> documents, List<int[]> sentences) {
        static Rows read(Path db) throws SQLException {
            List<Object[]> documents = new ArrayList<>();
            List<int[]> sentences = new ArrayList<>();
            try (Connection c = BareSqlite.open(db); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("""
                        SELECT id, title, source, text, content_hash, imported_at FROM documents ORDER BY id""")) {
                    while (rs.next()) {
                        documents.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)});
                    }
                }
                try (ResultSet rs = st.executeQuery("""
                        SELECT document_id, idx, start, "end", excluded FROM sentences ORDER BY id""")) {
                    while (rs.next()) {
                        sentences.add(new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)});
                    }
                }
            }
            return new Rows(documents, sentences);
        }

        int sentenceCount() {
            return sentences.size();
        }

        /** Inserts every row in one transaction and returns the seconds from BEGIN to the returned COMMIT. */
        double insertInto(Path db) throws SQLException {
            try (Connection c = BareSqlite.open(db);
                 PreparedStatement doc = c.prepareStatement("""
                         INSERT INTO documents (id, title, source, text, content_hash, imported_at)
                         VALUES (?, ?, ?, ?, ?, ?)""");
                 PreparedStatement sentence = c.prepareStatement("""
                         INSERT INTO sentences (document_id, idx, start, "end", excluded) VALUES (?, ?, ?, ?, ?)""")) {
                long start = System.nanoTime();
                c.setAutoCommit(false);
                for (Object[] d : documents) {
                    for (int k = 0; k < d.length; k++) {
                        doc.setObject(k + 1, d[k]);
                    }
                    doc.executeUpdate();
                }
                for (int[] s : sentences) {
                    for (int k = 0; k < s.length; k++) {
                        sentence.setInt(k + 1, s[k]);
                    }
                    sentence.addBatch();
                }
                sentence.executeBatch();
                c.commit();
                return (System.nanoTime() - start) / 1e9;
            }
        }
    }
}
