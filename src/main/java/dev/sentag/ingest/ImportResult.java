package dev.sentag.ingest;

import java.util.List;

/** What happened to one input: imported, skipped as a duplicate, its tags merged, or failed with a reason. */
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

    /**
     * The document was already in the library and carried tags: they were added to its sentences instead
     * of storing it again. {@code conflicts} were kept as they were (the file had another label or note),
     * {@code replaced} were overwritten (only when asked); {@code unmatched} tags sit on sentences whose
     * boundaries the library does not have, and were not written. A dry run wrote nothing.
     */
    record TagsMerged(String input, long documentId, String title, List<String> annotators, int added, int unchanged,
                      int conflicts, int replaced, List<TagMerge.Unmatched> unmatched, boolean dryRun)
            implements ImportResult {
        public TagsMerged {
            annotators = List.copyOf(annotators);
            unmatched = List.copyOf(unmatched);
        }

        /** True when the library already held every tag of the file (a repeated import). */
        public boolean changedNothing() {
            return added == 0 && replaced == 0;
        }
    }

    /** Nothing was stored; {@code message} says why and names the input. */
    record Failed(String input, String message) implements ImportResult {
    }
}
