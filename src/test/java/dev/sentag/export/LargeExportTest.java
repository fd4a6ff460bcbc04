package dev.sentag.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sentag.store.LargeLibrary;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated library exports whole in every format (a small one here; the 300,000-sentence run under
 * -Xmx256m is made by hand, see the README's export section).
 */
class LargeExportTest {
    @TempDir
    Path dir;

    @Test
    void generatedLibraryExportsEverySentenceInEveryFormat() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("big.db"))) {
            LargeLibrary.generate(ws.database(), 2_000, 1);
            var options = new ExportOptions("bench", true);
            for (ExportFormat format : ExportFormat.values()) {
                ExportResult r = ws.exports().exportTo(format, options, dir.resolve("out-" + format.id()),
                        ExportProgress.NONE);
                assertEquals(2_000, r.sentences(), format.id());
                assertEquals(20, r.documents(), format.id());
            }
            try (Stream<String> lines = Files.lines(dir.resolve("out-jsonl"))) {
                assertEquals(2_000, lines.count());
            }
        }
    }
}
