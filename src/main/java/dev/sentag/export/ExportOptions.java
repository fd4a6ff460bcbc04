package dev.sentag.export;

import java.util.Set;

/**
 * What to export: whose tags, which documents and sentences, and format switches.
 *
 * @param annotator       whose tags; null means the current annotator
 * @param includeUntagged write sentences without a label (label null; no span in span formats)
 * @param includeExcluded write sentences set aside as web residue
 * @param labels          only sentences with one of these labels (plus untagged ones if included); empty = all
 * @param documentIds     only these documents; empty = all
 * @param documentState   only documents in this tagging state
 * @param context         add prev_text and next_text to the sentence formats (jsonl, csv)
 * @param doccanoMode     which of doccano's two import shapes the doccano format writes
 * @param split           article-grouped train/dev/test split, or null for one output
 * @param doccanoOffsets  what the doccano format's span offsets count; default UTF-16, as doccano's
 *                        labelling screen counts in its default mode
 */
public record ExportOptions(String annotator, boolean includeUntagged, boolean includeExcluded, Set<String> labels,
                            Set<Long> documentIds, DocumentState documentState, boolean context,
                            DoccanoMode doccanoMode, SplitSpec split, OffsetUnit doccanoOffsets) {
    public ExportOptions {
        if (doccanoOffsets == null) {
            doccanoOffsets = OffsetUnit.UTF16;
        }
        labels = Set.copyOf(labels);
        documentIds = Set.copyOf(documentIds);
        if (documentState == null) {
            documentState = DocumentState.ANY;
        }
        if (doccanoMode == null) {
            doccanoMode = DoccanoMode.SEQUENCE;
        }
    }

    /** Everything but the doccano offset unit, which is UTF-16. */
    public ExportOptions(String annotator, boolean includeUntagged, boolean includeExcluded, Set<String> labels,
                         Set<Long> documentIds, DocumentState documentState, boolean context,
                         DoccanoMode doccanoMode, SplitSpec split) {
        this(annotator, includeUntagged, includeExcluded, labels, documentIds, documentState, context, doccanoMode,
                split, OffsetUnit.UTF16);
    }

    /** Whose tags and whether untagged sentences are written; everything else at its default. */
    public ExportOptions(String annotator, boolean includeUntagged) {
        this(annotator, includeUntagged, false, Set.of(), Set.of(), DocumentState.ANY, false, DoccanoMode.SEQUENCE, null);
    }

    /** Whose tags, and whether untagged and excluded sentences are written; everything else at its default. */
    public ExportOptions(String annotator, boolean includeUntagged, boolean includeExcluded) {
        this(annotator, includeUntagged, includeExcluded, Set.of(), Set.of(), DocumentState.ANY, false,
                DoccanoMode.SEQUENCE, null);
    }

    /** Everything the current annotator has, untagged sentences included, excluded ones left out. */
    public static ExportOptions defaults() {
        return new ExportOptions(null, true);
    }

    /** Which documents an export takes, by how far the annotator has tagged them (excluded sentences aside). */
    public enum DocumentState {
        ANY("All documents"),
        STARTED("Documents with at least one tag"),
        COMPLETE("Fully tagged documents"),
        UNTAGGED("Documents without tags");

        private final String description;

        DocumentState(String description) {
            this.description = description;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** doccano's two JSONL import shapes. */
    public enum DoccanoMode {
        /** One line per document with {@code [start, end, label]} spans (sequence labelling projects). */
        SEQUENCE("sequence labelling (per document)"),
        /** One line per sentence with its label list (text classification projects). */
        CLASSIFICATION("text classification (per sentence)");

        private final String description;

        DoccanoMode(String description) {
            this.description = description;
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
