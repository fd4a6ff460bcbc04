package dev.sentag.export;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns document titles into file names that are safe on every common file system: no path separators,
 * no {@code ..}, no control or reserved characters, short, and never the same twice within one export
 * (compared without case, for case-insensitive file systems).
 */
final class SafeFileNames {
    private static final int MAX_LENGTH = 60;
    private final Set<String> used = new HashSet<>();

    /** A unique name for document {@code id} titled {@code title}: the id first, so names sort like the library. */
    String forDocument(long id, String title) {
        String base = String.format(Locale.ROOT, "%05d-%s", id, slug(title));
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** Letters and digits of any script kept; everything else (separators, dots, quotes …) becomes one dash. */
    static String slug(String title) {
        String text = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        String slug = out.toString();
        if (slug.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH;
            if (Character.isLowSurrogate(slug.charAt(cut))) {
                cut--;
            }
            slug = slug.substring(0, cut);
        }
        slug = slug.replaceAll("-+$", "");
        return slug.isEmpty() ? "document" : slug;
    }

    /** The name without its last extension: {@code out.train.json} → {@code out.train}. */
    static String stem(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
