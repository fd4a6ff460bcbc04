package dev.sentag.perf;

import dev.sentag.export.ExportFormat;
import dev.sentag.export.ExportOptions;
import dev.sentag.export.ExportProgress;
import dev.sentag.store.baseline.BareExport;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Export the import measure's library (10,000 articles × scale, about 310,000 sentences once web residue is left
 * out) as jsonl through ExportService, as {@code sentag export --out} does, against one bare SELECT of the same
 * rows written by a Jackson generator loop with the same fields. Median of a few alternating rounds.
 */
final class ExportMeasure implements Measure {
    private static final int ROUNDS = 3;


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
        try (Workspace ws = Workspace.openWithoutSnapshot(library)) {
            long annotatorId = ws.annotation().annotator().id();
            for (int round = 0; round < ROUNDS; round++) {
                context.progress().printf("  round %d of %d%n", round + 1, ROUNDS);
                long start = System.nanoTime();
                sentences = ws.exports().exportTo(ExportFormat.JSONL, ExportOptions.defaults(), sentagOut,
                        ExportProgress.NONE).sentences();
                sentag[round] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                long bareSentences = BareExport.write(library, annotatorId, bareOut);
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
}
