package dev.sentag.ui;

import dev.sentag.model.Label;
import dev.sentag.model.LabelSet;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A stylesheet made from the label set's own colours (they live in the database and can be edited),
 * layered over sentag.css: a soft tint plus a solid underline per label in the article, so labels stay
 * apart in greyscale too, and the swatch on each sidebar button.
 */
final class LabelStyles {
    /** Opacity of the background tint: low enough that dark text keeps WCAG AA contrast. */
    static final double TINT = 0.22;
    /** The deeper tint of every other labelled sentence, so that neighbours with one label do not run together. */
    static final double TINT_ALT = 0.36;

    private LabelStyles() {
    }

    static String styleClass(long labelId) {
        return "label-" + labelId;
    }

    static String css(LabelSet labels) {
        StringBuilder css = new StringBuilder();
        for (Label l : labels.labels()) {
            String cls = styleClass(l.id());
            css.append(".article .").append(cls).append(" { -rtfx-background-color: ").append(rgba(l.colour(), TINT))
                    .append("; -rtfx-underline-color: ").append(l.colour())
                    .append("; -rtfx-underline-width: 2; -rtfx-underline-dash-array: null; }\n");
            css.append(".article .").append(cls).append(".alt { -rtfx-background-color: ")
                    .append(rgba(l.colour(), TINT_ALT)).append("; }\n");
            css.append(".swatch.").append(cls).append(" { -fx-background-color: ").append(l.colour()).append("; }\n");
            css.append(".doc-chip.").append(cls).append(" { -fx-background-color: ").append(l.colour()).append("; }\n");
        }
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String rgba(String hex, double alpha) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        return "rgba(" + r + "," + g + "," + b + "," + alpha + ")";
    }
}
