package dev.sentag.safety;

import dev.sentag.SeedFiles;
import dev.sentag.model.DocumentSummary;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A test library: both seed articles imported; answers document id -> sentence count. */
final class Library {
    private Library() {
    }

    static Map<Long, Integer> withSeeds(Path db) {
        try (Workspace ws = Workspace.open(db)) {
            SeedFiles.both().forEach(ws.imports()::importFile);
            Map<Long, Integer> out = new LinkedHashMap<>();
            for (DocumentSummary d : ws.annotation().documents()) {
                out.put(d.id(), d.sentences());
            }
            return out;
        }
    }
}
