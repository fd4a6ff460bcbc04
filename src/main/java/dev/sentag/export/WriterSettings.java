package dev.sentag.export;

import dev.sentag.model.Label;
import java.util.List;

/**
 * What a writer needs besides the documents: the options, the labels of the active label set and the names
 * of its relation (link) types.
 */
record WriterSettings(ExportOptions options, List<Label> labels, List<String> relationTypes) {
    WriterSettings {
        labels = List.copyOf(labels);
        relationTypes = List.copyOf(relationTypes);
    }

    /** Settings for a label set without relation types. */
    WriterSettings(ExportOptions options, List<Label> labels) {
        this(options, labels, List.of());
    }
}
