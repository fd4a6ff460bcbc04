package dev.sentag.ingest;

/** An input that cannot be imported, with a message naming the file and what is wrong with it. */
public class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
