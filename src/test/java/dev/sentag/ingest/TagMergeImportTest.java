package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.export.ExportFormat;
import dev.sentag.export.ExportOptions;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging an export into the library: current sentences only, undo, and one transaction per file. */
class TagMergeImportTest {
    @TempDir
    Path dir;

    /** bea's jsonl-docs export of the first seed, with a Claim on sentences 2 and 3 and a Response on 5. */
    private Path beaExport() throws IOException {
        Path export = dir.resolve("bea.jsonl");
        try (Workspace bea = Workspace.open(dir.resolve("bea.db"))) {
            bea.imports().importFile(SeedFiles.first());
            bea.annotation().actAs("bea");
            bea.annotation().tag(1, 2, "Claim");
            bea.annotation().tag(1, 3, "Claim");
            bea.annotation().tag(1, 5, "Response");
            try (OutputStream out = Files.newOutputStream(export)) {
                bea.exports().export(ExportFormat.JSONL_DOCS, new ExportOptions("bea", true), out);
            }
        }
        return export;
    }

    private static String beaLabel(Workspace ws, int index) {
        ws.annotation().actAs("bea");
        var doc = ws.annotation().open(1).orElseThrow();
        var tag = doc.tags().get(doc.sentences().get(index).id());
        return tag == null || tag.labelId() == null ? "-"
                : ws.annotation().labels().byId(tag.labelId()).orElseThrow().name();
    }

    @Test
    void sentencesMergedAwayHereGetNothingEvenThoughTheirOldRowsRemain() throws IOException {
        Path export = beaExport();
        try (Workspace ws = Workspace.open(dir.resolve("ana.db"))) {
            ws.imports().importFile(SeedFiles.first());
            ws.annotation().actAs("ana");
            ws.annotation().merge(1, 2, java.util.Optional.empty());
            var merged = assertInstanceOf(ImportResult.TagsMerged.class, ws.imports().importPath(export).get(0));
            assertEquals(1, merged.added(), "only sentence 5 (now 4) has the same boundaries");
            assertEquals(2, merged.unmatched().size());
            assertEquals("Response", beaLabel(ws, 4));
            assertEquals("-", beaLabel(ws, 2), "the merged sentence got nothing");
        }
    }

    @Test
    void mergedTagsAreInTheAnnotatorsHistorySoTheirUndoTakesThemBack() throws IOException {
        Path export = beaExport();
        try (Workspace ws = Workspace.open(dir.resolve("ana.db"))) {
            ws.imports().importFile(SeedFiles.first());
            ws.annotation().actAs("bea");
            ws.annotation().tag(1, 0, "Background"); // loads bea's undo stack before the import
            ws.imports().importPath(export);
            assertEquals("Response", beaLabel(ws, 5));
            ws.annotation().undo();
            assertEquals("-", beaLabel(ws, 5), "the last merged tag is the first undone");
            assertEquals("Claim", beaLabel(ws, 3));
        }
    }

    @Test
    void aFileThatFailsPartWayStoresNoneOfItsDocumentsAndMergesNoneOfItsTags() throws IOException {
        Path export = beaExport();
        Files.writeString(export, Files.readString(export) + "{\"title\": \"New\", \"text\": \"A new article. It is short.\","
                + " \"sentences\": [{\"index\": 0, \"start\": 0, \"end\": 14, \"text\": \"A new article.\","
                + " \"label\": \"Opinion\", \"annotator\": \"bea\"}]}\n", StandardCharsets.UTF_8);
        try (Workspace ws = Workspace.open(dir.resolve("ana.db"))) {
            ws.imports().importFile(SeedFiles.first());
            List<ImportResult> results = ws.imports().importPath(export);
            var failed = assertInstanceOf(ImportResult.Failed.class, results.get(0), results::toString);
            assertEquals(1, results.size());
            assertTrue(failed.message().contains("#2: not imported: the label 'Opinion' is not in the active label set")
                    && failed.message().endsWith("Nothing from " + export + " was imported."), failed.message());
            assertEquals(1, ws.annotation().documents().size());
            assertEquals("-", beaLabel(ws, 5), "the first document's merge was rolled back");
        }
    }
}
