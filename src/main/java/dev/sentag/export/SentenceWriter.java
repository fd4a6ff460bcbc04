package dev.sentag.export;

import dev.sentag.model.AnnotatedSentence;
import java.io.IOException;

/** Writes annotated sentences in one output format, one at a time, so nothing is held in memory. */
public interface SentenceWriter extends AutoCloseable {
    void write(AnnotatedSentence sentence) throws IOException;

    /** Finishes the output (closing brackets, flushing); the underlying stream is left open. */
    @Override
    void close() throws IOException;
}
