package dev.sentag.model;

import java.util.List;
import java.util.Objects;

/**
 * One label of the codebook with what coders need to apply it: a definition, when it applies and when it
 * does not, and example sentences. A retired label takes no new tags and has no key; its row stays so old
 * history and exports still name it. Text fields are "" when not given.
 */
public record CodebookLabel(Label label, String definition, String includeNote, String excludeNote,
                            List<String> examples, boolean retired) {
    public CodebookLabel {
        Objects.requireNonNull(label, "label");
        definition = definition == null ? "" : definition;
        includeNote = includeNote == null ? "" : includeNote;
        excludeNote = excludeNote == null ? "" : excludeNote;
        examples = List.copyOf(examples == null ? List.of() : examples);
    }

    public String name() {
        return label.name();
    }

    /** This label with another description (definition, notes, examples); the rest unchanged. */
    public CodebookLabel describedAs(String definition, String includeNote, String excludeNote, List<String> examples) {
        return new CodebookLabel(label, definition, includeNote, excludeNote, examples, retired);
    }
}
