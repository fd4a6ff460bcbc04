package dev.sentag.perf;

import dev.sentag.ingest.ImportResult;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A library for an app measure to start on, filled through the same import the user's goes through; the first
 * start's sample article is put in now, so that the measured start is an ordinary one.
 */
final class ScratchLibrary {
    private ScratchLibrary() {
    }

    /** Imports each text as an article; returns their document ids in order. */
    static List<Long> withArticles(Path db, List<String> texts) {
        try (Workspace ws = Workspace.open(db)) {
            ws.importSampleOnFirstStart();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                ids.add(imported(ws.imports().importPasted(texts.get(i), "Article " + (i + 1))));
            }
            return ids;
        }
    }

    /** Imports every file of a folder; returns the id of the last article imported. */
    static long withFolder(Path db, Path folder) {
        try (Workspace ws = Workspace.open(db)) {
            ws.importSampleOnFirstStart();
            List<ImportResult> results = ws.imports().importPath(folder);
            return imported(results.get(results.size() - 1));
        }
    }

    private static long imported(ImportResult result) {
        if (result instanceof ImportResult.Imported imported) {
            return imported.documentId();
        }
        throw new IllegalStateException("setting up the benchmark library failed: " + result);
    }
}
