package dev.sentag.annotate;

import dev.sentag.model.Label;
import java.util.List;

/** A merge whose parts carry different labels from the current annotator: the user must choose one. */
public final class LabelConflictException extends IllegalArgumentException {
    private final transient List<Label> labels;

    LabelConflictException(List<Label> labels) {
        super("The sentences to merge are tagged differently (" + String.join(", ",
                labels.stream().map(Label::name).toList()) + "); choose the label of the merged sentence"
                + " (on the command line: --label NAME, or --label none).");
        this.labels = List.copyOf(labels);
    }

    /** The differing labels, in sentence order. */
    public List<Label> labels() {
        return labels;
    }
}
