package dev.sentag.workspace;

import dev.sentag.ingest.ImportResult;
import dev.sentag.ingest.ImportService;
import dev.sentag.store.SettingsRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Puts a short sample article in a new library once, so the first window is never empty. */
final class FirstStart {
    static final String DONE_SETTING = "sample_imported";
    static final String RESOURCE = "sample-article.txt";

    private FirstStart() {
    }

    /** Imports the sample unless this database has had it before (deleting it later is respected). */
    static boolean importSampleOnce(SettingsRepository settings, ImportService imports) {
        if (settings.get(DONE_SETTING).isPresent()) {
            return false;
        }
        ImportResult result = imports.importText(read(), "Sentag sample article", "sentag:sample-article");
        settings.put(DONE_SETTING, "true");
        return result instanceof ImportResult.Imported;
    }

    private static String read() {
        try (InputStream in = FirstStart.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample article is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
