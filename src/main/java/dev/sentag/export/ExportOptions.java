package dev.sentag.export;

/**
 * What to export: whose tags, whether untagged sentences are written (with a null label), and whether
 * sentences excluded as web residue are written too.
 */
public record ExportOptions(String annotator, boolean includeUntagged, boolean includeExcluded) {
    /** Options that leave excluded sentences out, as users expect of residue. */
    public ExportOptions(String annotator, boolean includeUntagged) {
        this(annotator, includeUntagged, false);
    }

    /** Everything the current annotator has, untagged sentences included, web residue left out. */
    public static ExportOptions defaults() {
        return new ExportOptions(null, true);
    }
}
