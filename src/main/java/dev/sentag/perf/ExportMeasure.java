package dev.sentag.perf;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sentag.export.ExportFormat;
import dev.sentag.export.ExportOptions;
import dev.sentag.export.ExportProgress;
import dev.sentag.workspace.Workspace;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Export the import measure's library (10,000 articles × scale, about 310,000 sentences once web residue is left
 * out) as jsonl through ExportService, as {@code sentag export --out} does, against one bare SELECT of the same
 * rows written by a Jackson generator loop with the same fields. Median of a few alternating rounds.
 */
final class ExportMeasure implements Measure {
    private static final int ROUNDS = 3;
    private static final String SELECT = """
            SELECT s.document_id, d.title, s.idx, s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start),
                   l.name, a.name, t.note, t.updated_at
            FROM sentences s
            JOIN documents d ON d.id = s.document_id
            LEFT JOIN tags t ON t.sentence_id = s.id AND t.annotator_id = ?
            LEFT JOIN labels l ON l.id = t.label_id
            LEFT JOIN annotators a ON a.id = t.annotator_id
            WHERE s.idx IS NOT NULL AND s.excluded = 0
            ORDER BY s.document_id, s.idx""";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        int articles = context.scaled(ImportMeasure.ARTICLES);
        Path library = BenchLibrary.library(context, "library", articles);
        Path sentagOut = context.scratch().resolve("export-sentag.jsonl");
        Path bareOut = context.scratch().resolve("export-bare.jsonl");
        double[] sentag = new double[ROUNDS];
        double[] bare = new double[ROUNDS];
        long sentences = 0;
        try (Workspace ws = Workspace.openWithoutSnapshot(library); Connection c = BareSqlite.open(library)) {
            long annotatorId = ws.annotation().annotator().id();
            for (int round = 0; round < ROUNDS; round++) {
                context.progress().printf("  round %d of %d%n", round + 1, ROUNDS);
                long start = System.nanoTime();
                sentences = ws.exports().exportTo(ExportFormat.JSONL, ExportOptions.defaults(), sentagOut,
                        ExportProgress.NONE).sentences();
                sentag[round] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                long bareSentences = bareExport(c, annotatorId, bareOut);
                bare[round] = (System.nanoTime() - start) / 1e9;
                if (bareSentences != sentences) {
                    throw new IllegalStateException("The bare export wrote " + bareSentences + " sentences, Sentag "
                            + sentences + ": they do not do the same work.");
                }
            }
        }
        double sentagSeconds = Samples.median(sentag);
        double bareSeconds = Samples.median(bare);
        String note = String.format(Locale.ROOT, "median of %d rounds: Sentag %.2f s, baseline %.2f s;"
                        + " outputs %s", ROUNDS, sentagSeconds, bareSeconds,
                Files.mismatch(sentagOut, bareOut) == -1 ? "byte-identical" : "not byte-identical (same sentence count)");
        return List.of(Ratios.throughput(String.format(Locale.ROOT, "export jsonl of %,d sentences", sentences),
                sentences / sentagSeconds, sentences / bareSeconds, "sentences/s", 0.5, note));
    }

    /** The bare baseline: one SELECT, one generator, one line per row; returns the rows written. */
    private static long bareExport(Connection c, long annotatorId, Path out) throws SQLException, IOException {
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(SELECT);
             OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator json = new JsonFactory().createGenerator(file, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            ps.setLong(1, annotatorId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    json.writeStartObject();
                    json.writeNumberField("doc_id", rs.getLong(1));
                    json.writeStringField("doc_title", rs.getString(2));
                    json.writeNumberField("sentence_index", rs.getInt(3));
                    json.writeNumberField("start", rs.getInt(4));
                    json.writeNumberField("end", rs.getInt(5));
                    json.writeStringField("text", rs.getString(6));
                    json.writeStringField("label", rs.getString(7));
                    json.writeStringField("annotator", rs.getString(8));
                    json.writeStringField("note", rs.getString(9));
                    json.writeStringField("updated_at", rs.getString(10));
                    json.writeEndObject();
                    json.writeRaw('\n');
                    rows++;
                }
            }
        }
        return rows;
    }
}
