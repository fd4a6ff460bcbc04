package dev.sentag.export;

import java.io.IOException;

/** Writes one output format, one document at a time, so nothing but that document is held in memory. */
public interface ExportWriter extends AutoCloseable {
    void write(ExportedDocument document) throws IOException;

    /** Finishes the output (closing brackets, flushing); the sink's streams are closed by the sink. */
    @Override
    void close() throws IOException;
}
