package dev.sentag.export;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: how many sentences and documents, and the files or folders it put in place. */
public record ExportResult(long sentences, int documents, List<Path> paths) {
    public ExportResult {
        paths = List.copyOf(paths);
    }
}
