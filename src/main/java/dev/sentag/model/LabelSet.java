package dev.sentag.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The labels in use, in display order. */
public record LabelSet(long id, String name, List<Label> labels) {
    public LabelSet {
        labels = List.copyOf(labels);
    }

    /** The label with this name, ignoring case. */
    public Optional<Label> byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return labels.stream().filter(l -> l.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public Optional<Label> byKey(String key) {
        return labels.stream().filter(l -> key.equals(l.key())).findFirst();
    }

    public Optional<Label> byId(long id) {
        return labels.stream().filter(l -> l.id() == id).findFirst();
    }
}
