package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text on a tagged sentence keeps WCAG AA contrast (≥ 4.5:1) in the light and the dark theme: the ink of each theme
 * over its paper tinted with every label colour (the new library's labels and the rest of the Okabe–Ito palette).
 */
class ThemeContrastTest {
    /** The further label colours of the palette (UI.md), for codebooks with more than three labels. */
    static final List<String> MORE = List.of("#CC79A7", "#56B4E9", "#D55E00");

    @TempDir
    Path dir;

    @Test
    void labelTintsKeepTextContrastInBothThemes() throws IOException {
        List<String> colours = new ArrayList<>(MORE);
        try (Workspace ws = Workspace.open(dir.resolve("fresh.db"))) {
            ws.annotation().labels().labels().forEach(l -> colours.add(l.colour()));
        }
        assertEquals(6, colours.size(), "three labels of a new library and three more: " + colours);
        Map<String, String> light = variables("sentag.css");
        Map<String, String> dark = new java.util.HashMap<>(light);
        dark.putAll(variables("sentag-dark.css"));
        for (var theme : List.of(light, dark)) {
            double[] ink = rgb(theme.get("-sentag-ink"));
            double[] paper = rgb(theme.get("-sentag-paper"));
            for (String colour : colours) {
                double[] tint = blend(paper, rgb(colour), LabelStyles.TINT);
                double ratio = contrast(ink, tint);
                assertTrue(ratio >= 4.5, "ink " + theme.get("-sentag-ink") + " on " + colour + " over "
                        + theme.get("-sentag-paper") + ": " + ratio);
            }
            // The muted text (hints, counts) on the panels too.
            assertTrue(contrast(rgb(theme.get("-sentag-muted")), rgb(theme.get("-sentag-panel"))) >= 4.5,
                    "muted text on the panel in " + theme.get("-sentag-paper"));
        }
        assertTrue(contrast(rgb(dark.get("-sentag-ink")), rgb(dark.get("-sentag-paper"))) > 10, "dark is dark");
    }

    @Test
    void contrastFormulaMatchesWcagExamples() {
        assertEquals(21.0, contrast(rgb("#000000"), rgb("#ffffff")), 1e-9);
        assertEquals(4.54, contrast(rgb("#767676"), rgb("#ffffff")), 0.01);
    }

    private static Map<String, String> variables(String css) throws IOException {
        try (InputStream in = MainWindow.class.getResourceAsStream(css)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(-sentag-[a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(text);
            Map<String, String> out = new java.util.HashMap<>();
            while (m.find()) {
                out.putIfAbsent(m.group(1), m.group(2));
            }
            return out;
        }
    }

    static double[] rgb(String hex) {
        return new double[] {Integer.parseInt(hex.substring(1, 3), 16) / 255.0,
            Integer.parseInt(hex.substring(3, 5), 16) / 255.0, Integer.parseInt(hex.substring(5, 7), 16) / 255.0};
    }

    static double[] blend(double[] under, double[] over, double alpha) {
        return new double[] {under[0] * (1 - alpha) + over[0] * alpha, under[1] * (1 - alpha) + over[1] * alpha,
            under[2] * (1 - alpha) + over[2] * alpha};
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            l[i] = c[i] <= 0.04045 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }
}
