package dev.sentag.export;

import dev.sentag.model.Label;
import java.util.List;

/** What a writer needs besides the documents: the options and the labels of the active label set. */
record WriterSettings(ExportOptions options, List<Label> labels) {
    WriterSettings {
        labels = List.copyOf(labels);
    }
}
