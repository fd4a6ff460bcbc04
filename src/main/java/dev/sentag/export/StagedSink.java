package dev.sentag.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink writing under a staging folder: {@code name} is the main file (single-file formats) or the
 * folder (folder formats), relative to the staging folder. {@link Staging} moves it into place later.
 */
final class StagedSink implements ExportSink, AutoCloseable {
    private final Path staging;
    private final String name;
    private final List<OutputStream> open = new ArrayList<>();

    StagedSink(Path staging, String name) {
        this.staging = staging;
        this.name = name;
    }

    @Override
    public OutputStream main() throws IOException {
        return create(staging.resolve(name), true);
    }

    @Override
    public OutputStream beside(String suffix) throws IOException {
        return create(staging.resolve(SafeFileNames.stem(name) + suffix), true);
    }

    @Override
    public OutputStream inFolder(String fileName) throws IOException {
        Path folder = staging.resolve(name);
        Files.createDirectories(folder);
        // One file per document: the writer closes it when the document is done, so thousands of
        // documents never hold thousands of open files.
        return create(folder.resolve(fileName), false);
    }

    private OutputStream create(Path file, boolean track) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (track) {
            open.add(out);
        }
        return out;
    }

    /** Closes the main and companion streams (flushing them); a failure to flush is a failed export. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (OutputStream out : open) {
            try {
                out.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}
