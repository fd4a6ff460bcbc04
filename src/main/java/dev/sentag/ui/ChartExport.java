package dev.sentag.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.Chart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** A chart as a PNG file (a snapshot of what is on screen) and as CSV (its data: one row per category). */
final class ChartExport {
    private ChartExport() {
    }

    /** Writes what the chart shows to {@code file} as PNG. FX thread. */
    static void png(Chart chart, Path file) throws IOException {
        WritableImage image = chart.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java");
        }
    }

    /** The chart's data as CSV: category, then one column per series (pie: name, value). */
    static String csv(Chart chart) {
        StringBuilder b = new StringBuilder();
        if (chart instanceof PieChart pie) {
            b.append("name,value\n");
            for (PieChart.Data d : pie.getData()) {
                b.append(cell(d.getName())).append(',').append(number(d.getPieValue())).append('\n');
            }
            return b.toString();
        }
        @SuppressWarnings("unchecked")
        XYChart<Object, Object> xy = (XYChart<Object, Object>) chart;
        List<String> series = new ArrayList<>();
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        boolean horizontal = !xy.getData().isEmpty() && !xy.getData().get(0).getData().isEmpty()
                && xy.getData().get(0).getData().get(0).getXValue() instanceof Number;
        for (XYChart.Series<Object, Object> s : xy.getData()) {
            series.add(s.getName());
            for (XYChart.Data<Object, Object> d : s.getData()) {
                Object category = horizontal ? d.getYValue() : d.getXValue();
                Object value = horizontal ? d.getXValue() : d.getYValue();
                rows.computeIfAbsent(String.valueOf(category), k -> new LinkedHashMap<>()).put(s.getName(), value);
            }
        }
        b.append(cell(horizontal ? xy.getYAxis().getLabel() : xy.getXAxis().getLabel()));
        series.forEach(s -> b.append(',').append(cell(s)));
        b.append('\n');
        rows.forEach((category, values) -> {
            b.append(cell(category));
            for (String s : series) {
                Object v = values.get(s);
                b.append(',').append(v instanceof Number n ? number(n.doubleValue()) : "");
            }
            b.append('\n');
        });
        return b.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    private static String cell(String s) {
        String v = s == null ? "" : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
