package dev.sentag.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The labels of a project at one version: active ones in key order first, then retired ones. */
public record Codebook(int version, List<CodebookLabel> labels) {
    /** At most this many labels are active at once: one per digit key 1-9. */
    public static final int MAX_ACTIVE = 9;
    /** The longest label name. */
    public static final int MAX_NAME = 40;
    /**
     * The colours offered for labels: Okabe–Ito (colour-blind safe; Wong 2011, Nature Methods 8:441) without
     * its black, which would leave text on the label's tint unreadable.
     */
    public static final List<String> PALETTE = List.of("#E69F00", "#0072B2", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442");

    public Codebook {
        labels = List.copyOf(labels);
    }

    public List<CodebookLabel> active() {
        return labels.stream().filter(l -> !l.retired()).toList();
    }

    /** Any label (active or retired) with this name, ignoring case. */
    public Optional<CodebookLabel> byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return labels.stream().filter(l -> l.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public Optional<CodebookLabel> byId(long id) {
        return labels.stream().filter(l -> l.label().id() == id).findFirst();
    }
}
