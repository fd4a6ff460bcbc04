package dev.sentag.export;

import dev.sentag.model.Codebook;
import dev.sentag.model.Label;
import java.util.List;

/**
 * What a writer needs besides the documents: the options, the labels of the active label set, the codebook
 * they belong to (its version and definitions, for formats that carry it), and the names of its relation (link)
 * types.
 */
record WriterSettings(ExportOptions options, List<Label> labels, Codebook codebook, List<String> relationTypes) {
    WriterSettings {
        labels = List.copyOf(labels);
        relationTypes = List.copyOf(relationTypes);
    }
}
