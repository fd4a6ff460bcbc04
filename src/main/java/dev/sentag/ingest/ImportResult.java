package dev.sentag.ingest;

/** What happened to one input: imported, skipped as a duplicate, or failed with a reason. */
public sealed interface ImportResult {
    /** The file or other input this result is about, as the user named it. */
    String input();

    /** A new document was stored; {@code excluded} of its sentences were marked as web residue. */
    record Imported(String input, long documentId, String title, int sentences, int excluded)
            implements ImportResult {
    }

    /** A dry run read this document and would store it; nothing was stored. */
    record WouldImport(String input, String title, int sentences, int excluded) implements ImportResult {
    }

    /** The same content is already in the library. */
    record Duplicate(String input, long existingId, String existingTitle) implements ImportResult {
    }

    /** Nothing was stored; {@code message} says why and names the input. */
    record Failed(String input, String message) implements ImportResult {
    }
}
