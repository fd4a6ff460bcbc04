package dev.sentag.export;

/** What to export: whose tags, and whether untagged sentences are written (with a null label). */
public record ExportOptions(String annotator, boolean includeUntagged) {
    /** Everything the current annotator has, untagged sentences included. */
    public static ExportOptions defaults() {
        return new ExportOptions(null, true);
    }
}
