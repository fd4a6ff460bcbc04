package dev.sentag.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The style classes of a sentence in the article: its kind (untagged, excluded, or its label's class), a deeper tint
 * on every other labelled sentence, one mark (current, disputed or noted) and the unsure flag. One shared list per
 * combination, found without building a string per sentence: a long article asks ten thousand times at each open.
 */
final class SentenceStyles {
    /** The marks a sentence can carry, at most one at a time. */
    enum Mark { NONE, CURRENT, DISPUTED, NOTED }

    private static final long UNTAGGED = -1;
    private static final long EXCLUDED = -2;
    private static final int VARIANTS = Mark.values().length * 4;
    private final Map<Long, List<List<String>>> byKind = new HashMap<>();

    /** The classes of the sentence at {@code index} (its parity picks the tint) with {@code mark}. */
    Collection<String> of(SentenceRow row, int index, Mark mark) {
        boolean excluded = row.sentence().excluded();
        Long label = row.labelId();
        long kind = excluded ? EXCLUDED : label == null ? UNTAGGED : label;
        // Every other labelled sentence gets a deeper tint, so neighbours with the same label stay apart.
        boolean alt = kind >= 0 && index % 2 == 1;
        boolean unsure = row.unsure();
        int variant = mark.ordinal() * 4 + (alt ? 2 : 0) + (unsure ? 1 : 0);
        List<List<String>> variants = byKind.computeIfAbsent(kind,
                k -> new java.util.ArrayList<>(java.util.Collections.nCopies(VARIANTS, (List<String>) null)));
        List<String> classes = variants.get(variant);
        if (classes == null) {
            classes = classes(kind, alt, mark, unsure);
            variants.set(variant, classes);
        }
        return classes;
    }

    private static List<String> classes(long kind, boolean alt, Mark mark, boolean unsure) {
        List<String> out = new java.util.ArrayList<>(5);
        out.add("sentence");
        out.add(kind == EXCLUDED ? "excluded" : kind == UNTAGGED ? "untagged" : LabelStyles.styleClass(kind));
        if (alt) {
            out.add("alt");
        }
        if (mark != Mark.NONE) {
            out.add(mark.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (unsure) {
            out.add("unsure");
        }
        return List.copyOf(out);
    }
}
