package dev.sentag.export;

import dev.sentag.model.Codebook;
import dev.sentag.model.Label;
import java.util.List;

/**
 * What a writer needs besides the documents: the options, the labels of the active label set, and the
 * codebook they belong to (its version and definitions, for formats that carry it).
 */
record WriterSettings(ExportOptions options, List<Label> labels, Codebook codebook) {
    WriterSettings {
        labels = List.copyOf(labels);
    }
}
