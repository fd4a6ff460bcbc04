package dev.sentag.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.ingest.ImportResult;
import dev.sentag.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcludedExportTest {
    @TempDir
    Path dir;

    @Test
    void webResidueIsLeftOutOfExportsUnlessAskedFor() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("s.db"))) {
            var imported = (ImportResult.Imported) ws.imports().importFile(SeedFiles.first());

            List<String> plain = lines(ws, new ExportOptions(null, true));
            List<String> all = lines(ws, new ExportOptions(null, true, true));

            assertEquals(imported.sentences() - imported.excluded(), plain.size());
            assertEquals(imported.sentences(), all.size());
            assertTrue(plain.stream().noneMatch(l -> l.contains("\"text\":\"Read more:") || l.contains("\"text\":\"| Welcome")));
            assertTrue(all.stream().anyMatch(l -> l.contains("Read more: Zelensky insults Putin")));
        }
    }

    private static List<String> lines(Workspace ws, ExportOptions options) throws IOException {
        var out = new ByteArrayOutputStream();
        ws.exports().export(ExportFormat.JSONL, options, out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
