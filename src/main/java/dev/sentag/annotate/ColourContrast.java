package dev.sentag.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a label colour keeps text readable (WCAG 2.x contrast ratio ≥ 4.5:1 for normal text). A label
 * colour sits under text twice: as the soft tint behind a tagged sentence in the reading column (22 % over
 * the paper) and as the stronger chip behind the label's name in the codebook dialog and the guideline panel
 * (60 %); the ink must read on both. Light and mid colours pass; dark ones (navy, maroon, black) fail on the chip.
 */
public final class ColourContrast {
    /** WCAG AA for normal text. */
    public static final double MINIMUM = 4.5;
    public static final String INK = "#1F2328";
    public static final String PAPER = "#FDFCF9";
    public static final double TINT = 0.22;
    public static final double CHIP = 0.60;
    /** The palette the dialog offers (see {@link dev.sentag.model.Codebook#PALETTE}). */
    public static final List<String> PALETTE = dev.sentag.model.Codebook.PALETTE;

    private ColourContrast() {
    }

    /** The lower of the ink's contrast on the tint and on the chip. */
    public static double worstRatio(String colour) {
        return Math.min(ratio(INK, blend(colour, PAPER, TINT)), ratio(INK, blend(colour, PAPER, CHIP)));
    }

    /** The opaque colour of a label's chip, the one {@link #worstRatio} measured the ink against (any theme). */
    public static String chip(String colour) {
        return blend(colour, PAPER, CHIP);
    }

    /** Empty if the colour passes, else a sentence saying why it fails. */
    public static Optional<String> problem(String colour) {
        double r = worstRatio(colour);
        if (r >= MINIMUM) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "%s is too dark: text on it has contrast %.1f:1, below the %.1f:1 that keeps it readable; "
                        + "choose a lighter colour.", colour.toUpperCase(Locale.ROOT), r, MINIMUM));
    }

    /** WCAG contrast ratio of two opaque #RRGGBB colours. */
    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** {@code top} at {@code alpha} over {@code bottom}, as an opaque colour. */
    static String blend(String top, String bottom, double alpha) {
        int[] t = rgb(top);
        int[] b = rgb(bottom);
        StringBuilder out = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            out.append(String.format(Locale.ROOT, "%02X", (int) Math.round(alpha * t[i] + (1 - alpha) * b[i])));
        }
        return out.toString();
    }

    private static double luminance(String hex) {
        int[] c = rgb(hex);
        return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static int[] rgb(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16)};
    }
}
