package dev.sentag.ui;

import dev.sentag.agree.AgreementReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What View → Agreement… shows, worked out from a report: each figure as text with its one-line meaning
 * (the README's wording), α per label, and the confusion heat map with its shades. Either a
 * {@code message} (nothing to compare) or the figures.
 */
record AgreementFigures(String message, List<Figure> figures, List<Figure> perLabel, HeatMap heatMap) {
    static final String NEED_TWO = "Choose at least two annotators to compare.";
    /** A no-break space keeps "95 %" on one line. */
    static final String CI = "95\u00a0% interval";
    static final String PER_LABEL = "α when that label is compared against all others, to find the label coders confuse";
    /** Okabe–Ito blue (agreement, the diagonal) and vermillion (disagreement), as in UI.md. */
    static final int[] AGREE_RGB = {0x00, 0x72, 0xB2};
    static final int[] DISAGREE_RGB = {0xD5, 0x5E, 0x00};
    static final int[] INK_RGB = {0x1f, 0x23, 0x28};
    static final int[] WHITE_RGB = {0xff, 0xff, 0xff};
    static final int[] BLACK_RGB = {0, 0, 0};

    /** One line of the view: a name, its value as text and what it means. */
    record Figure(String name, String value, String explanation) {
    }

    /**
     * The confusion matrix between two annotators: rows are {@code rowAnnotator}'s labels, columns
     * {@code columnAnnotator}'s; {@code note} explains an empty or missing matrix.
     */
    record HeatMap(String rowAnnotator, String columnAnnotator, List<String> labels, List<List<Cell>> cells, String note) {
        int total() {
            return cells.stream().flatMap(List::stream).mapToInt(Cell::count).sum();
        }
    }

    /**
     * One cell: its count, its shade (count / the largest count), the background and text colours
     * ({@code #rrggbb}) and the contrast ratio between them.
     */
    record Cell(int count, double intensity, boolean agreement, String background, String text, double contrast) {
    }

    static AgreementFigures message(String text) {
        return new AgreementFigures(text, List.of(), List.of(), null);
    }

    /**
     * The figures of {@code r}, and the heat map of {@code confusion} between {@code a} and {@code b}
     * (null when they are not two different annotators), its labels in {@code labelOrder} first.
     */
    static AgreementFigures of(AgreementReport r, Map<String, Map<String, Integer>> confusion, String a, String b,
                               List<String> labelOrder) {
        if (r.annotators().size() < 2) {
            return message(NEED_TWO);
        }
        if (r.pairableUnits() == 0) {
            return message("No sentence has labels from two of " + String.join(", ", r.annotators())
                    + " yet, so there is nothing to compare. File → Switch annotator… lets you tag as another.");
        }
        List<Figure> figures = List.of(
                new Figure("Units", r.pairableUnits() + " of " + r.units() + " sentences",
                        "sentences at least two annotators labelled (only these say anything about agreement); "
                                + "excluded sentences are not units"),
                new Figure("Annotators", String.join(", ", r.annotators()), "whose labels are compared"),
                new Figure("Observed agreement", number(r.observedAgreement()),
                        "the share of agreeing pairs of labels within units"),
                new Figure("Krippendorff's α", number(r.alpha()) + interval(r.alphaCi95()),
                        "agreement corrected for chance, any number of annotators, missing labels allowed; the "
                                + CI + " from 1,000 bootstrap resamples of the units"),
                new Figure("Fleiss' κ", number(r.fleissKappa()),
                        "chance-corrected agreement of many raters, assuming interchangeable raters"),
                new Figure("Cohen's κ", r.cohenKappa() == null ? "—  needs exactly two annotators" : number(r.cohenKappa()),
                        "the same for exactly two annotators, each with their own label distribution"));
        List<Figure> perLabel = new ArrayList<>();
        inOrder(r.alphaPerLabel().keySet(), labelOrder)
                .forEach(label -> perLabel.add(new Figure(label, number(r.alphaPerLabel().get(label)), "")));
        return new AgreementFigures(null, figures, List.copyOf(perLabel), heatMap(confusion, a, b, labelOrder));
    }

    /** {@code names} in the label set's order (as the sidebar lists them), any others after them. */
    private static List<String> inOrder(java.util.Collection<String> names, List<String> labelOrder) {
        List<String> known = labelOrder.stream().filter(names::contains).toList();
        List<String> out = new ArrayList<>(known);
        names.stream().filter(n -> !known.contains(n)).forEach(out::add);
        return out;
    }

    /** A figure as text; NaN (only one label in use among the units) says so instead. */
    static String number(double v) {
        return Double.isNaN(v) ? "—  undefined: one label only" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String interval(double[] ci) {
        if (Double.isNaN(ci[0]) || Double.isNaN(ci[1])) {
            return "";
        }
        return String.format(Locale.ROOT, "   (%s %.3f to %.3f)", CI, ci[0], ci[1]);
    }

    static HeatMap heatMap(Map<String, Map<String, Integer>> confusion, String a, String b, List<String> labelOrder) {
        if (confusion == null || a == null || b == null || a.equals(b)) {
            return new HeatMap(a, b, List.of(), List.of(), "Choose two different annotators for the confusion matrix.");
        }
        LinkedHashSet<String> labels = new LinkedHashSet<>(labelOrder);
        labels.addAll(confusion.keySet());
        List<String> order = List.copyOf(labels);
        int max = 0;
        for (Map<String, Integer> row : confusion.values()) {
            for (int n : row.values()) {
                max = Math.max(max, n);
            }
        }
        List<List<Cell>> cells = new ArrayList<>();
        for (String row : order) {
            List<Cell> line = new ArrayList<>();
            for (String col : order) {
                int n = confusion.getOrDefault(row, Map.of()).getOrDefault(col, 0);
                line.add(cell(n, max == 0 ? 0 : (double) n / max, row.equals(col)));
            }
            cells.add(List.copyOf(line));
        }
        String note = max == 0 ? a + " and " + b + " labelled no sentence in common." : null;
        return new HeatMap(a, b, order, List.copyOf(cells), note);
    }

    /**
     * The colour at a strength that follows the count (faint but visible for 1), full colour for the
     * largest; the count in ink, else white, else black: whichever first reaches WCAG AA (4.5:1), as
     * mid-tones can miss it with both ink and white.
     */
    static Cell cell(int count, double intensity, boolean agreement) {
        double opacity = count == 0 ? 0 : 0.12 + 0.88 * intensity;
        int[] base = agreement ? AGREE_RGB : DISAGREE_RGB;
        int[] bg = new int[3];
        for (int i = 0; i < 3; i++) {
            bg[i] = (int) Math.round(base[i] * opacity + 255 * (1 - opacity));
        }
        int[] text = BLACK_RGB;
        for (int[] candidate : new int[][] {INK_RGB, WHITE_RGB}) {
            if (contrast(bg, candidate) >= 4.5) {
                text = candidate;
                break;
            }
        }
        return new Cell(count, intensity, agreement, hex(bg), hex(text), contrast(bg, text));
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    static double contrast(int[] x, int[] y) {
        double lx = luminance(x);
        double ly = luminance(y);
        return (Math.max(lx, ly) + 0.05) / (Math.min(lx, ly) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] w = {0.2126, 0.7152, 0.0722};
        double l = 0;
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            l += w[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return l;
    }

    private static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
