package dev.sentag.ui;

import dev.sentag.model.LibraryStatistics;
import dev.sentag.model.LibraryStatistics.DailyTags;
import dev.sentag.model.LibraryStatistics.DocumentProgress;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * View → Statistics: labels per annotator (stacked bars), progress per document and overall, tags per day per
 * annotator (the pace) and the share of disputed sentences. Each chart saves as PNG and copies as CSV.
 */
final class StatisticsWindow {
    private final Stage stage = new Stage();
    private final StatisticsViewModel model;
    private final VBox charts = new VBox(18);
    private final Label summary = new Label();
    private final List<Chart> shown = new ArrayList<>();
    private final java.util.Map<String, String> labelColours;

    /** {@code labelColours}: label name → colour, so the bars wear the colours the reading view uses. */
    StatisticsWindow(Stage owner, StatisticsViewModel model, java.util.Map<String, String> labelColours) {
        this.model = model;
        this.labelColours = labelColours;
        stage.initOwner(owner);
        stage.setTitle("Statistics");
        charts.getStyleClass().add("statistics");
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model.load());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        summary.getStyleClass().add("stats-summary");
        summary.setWrapText(true);
        HBox top = new HBox(12, summary, spacer(), message, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        charts.setPadding(new Insets(12));
        charts.getChildren().add(top);
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 900, 760);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> { // Esc closes it, as every dialog
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        model.statisticsProperty().addListener((obs, o, s) -> show(s));
    }

    void show() {
        stage.show();
        model.load();
    }

    private void show(LibraryStatistics s) {
        charts.getChildren().retainAll(charts.getChildren().get(0));
        shown.clear();
        summary.setText(String.format(Locale.ROOT, "%d articles · %d sentences · %d disputed (%.1f %%) · %s",
                s.documents().size(), s.sentences(), s.disputed(), 100 * s.disputedShare(), overall(s)));
        add("Labels per annotator", labels(s));
        add("Progress per article and overall (% of sentences tagged)", progress(s));
        add("Tags per day (pace)", pace(s));
        add("Disputed sentences (two or more annotators differ)", disputed(s));
    }

    private static String overall(LibraryStatistics s) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(s.annotators()).forEach((name, a) -> b.append(b.isEmpty() ? "" : ", ").append(name).append(' ')
                .append(percent(a.tagged(), s.sentences())).append(" %"));
        return b.isEmpty() ? "nothing tagged yet" : b.toString();
    }

    private void add(String title, Chart chart) {
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setMinHeight(Region.USE_PREF_SIZE);
        Button png = new Button("Save PNG…");
        png.setOnAction(e -> savePng(chart));
        Button csv = new Button("Copy CSV");
        csv.setOnAction(e -> copyCsv(chart));
        HBox buttons = new HBox(8, png, csv);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        charts.getChildren().add(new VBox(4, chart, buttons));
        shown.add(chart);
    }

    private StackedBarChart<String, Number> labels(LibraryStatistics s) {
        var chart = new StackedBarChart<>(axis("Annotator"), number("Sentences"));
        TreeSet<String> labels = new TreeSet<>(s.labels().keySet());
        StringBuilder css = new StringBuilder();
        int i = 0;
        for (String label : labels) {
            String colour = labelColours.get(label);
            if (colour != null && colour.matches("#[0-9A-Fa-f]{6}")) {
                // Bars and legend symbols of series i carry default-color(i mod 8); a chart has few labels.
                css.append(".default-color").append(i % 8).append(".chart-bar { -fx-bar-fill: ").append(colour)
                        .append("; }\n");
            }
            i++;
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(label);
            new TreeMap<>(s.annotators()).forEach((name, a) ->
                    series.getData().add(new XYChart.Data<>(name, a.labels().getOrDefault(label, 0))));
            chart.getData().add(series);
        }
        chart.getStylesheets().add("data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString(css.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        chart.setPrefHeight(320);
        return chart;
    }

    private static BarChart<Number, String> progress(LibraryStatistics s) {
        NumberAxis percent = number("% tagged");
        percent.setAutoRanging(false);
        percent.setUpperBound(100);
        percent.setTickUnit(20);
        var chart = new BarChart<>(percent, axis("Article"));
        for (String name : new TreeSet<>(s.annotators().keySet())) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(name);
            series.getData().add(new XYChart.Data<>(percent(s.annotators().get(name).tagged(), s.sentences()), "Overall"));
            for (DocumentProgress d : s.documents()) {
                series.getData().add(new XYChart.Data<>(percent(d.tagged().getOrDefault(name, 0), d.sentences()),
                        d.id() + " " + shortTitle(d.title())));
            }
            chart.getData().add(series);
        }
        chart.setPrefHeight(Math.max(240, 80 + (s.documents().size() + 1) * Math.max(1, s.annotators().size()) * 14));
        return chart;
    }

    private static LineChart<String, Number> pace(LibraryStatistics s) {
        var chart = new LineChart<>(axis("Day"), number("Tags"));
        TreeSet<String> days = new TreeSet<>();
        s.pace().forEach(d -> days.add(d.day()));
        TreeMap<String, XYChart.Series<String, Number>> byAnnotator = new TreeMap<>();
        for (DailyTags d : s.pace()) {
            byAnnotator.computeIfAbsent(d.annotator(), name -> {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(name);
                return series;
            }).getData().add(new XYChart.Data<>(d.day(), d.tags()));
        }
        chart.getXAxis().setAutoRanging(false);
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(days);
        chart.getData().addAll(byAnnotator.values());
        chart.setPrefHeight(300);
        return chart;
    }

    private static PieChart disputed(LibraryStatistics s) {
        PieChart chart = new PieChart();
        chart.getData().add(new PieChart.Data("Disputed", s.disputed()));
        chart.getData().add(new PieChart.Data("Not disputed", s.sentences() - s.disputed()));
        chart.setPrefHeight(280);
        return chart;
    }

    private void savePng(Chart chart) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart as PNG");
        chooser.setInitialFileName(chart.getTitle().split(" \\(")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".png");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                ChartExport.png(chart, file.toPath());
            } catch (IOException e) {
                new Dialogs(stage).error("Could not save the chart", file + ": " + e.getMessage());
            }
        }
    }

    private static void copyCsv(Chart chart) {
        ClipboardContent content = new ClipboardContent();
        content.putString(ChartExport.csv(chart));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    /** The charts now shown, in order, for tests and the README screenshot. */
    List<Chart> charts() {
        return List.copyOf(shown);
    }

    /** Saves chart {@code i} without asking where (tests). */
    void savePng(int i, Path file) throws IOException {
        ChartExport.png(shown.get(i), file);
    }

    Stage stage() {
        return stage;
    }

    private static CategoryAxis axis(String label) {
        CategoryAxis axis = new CategoryAxis();
        axis.setLabel(label);
        return axis;
    }

    private static NumberAxis number(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        return axis;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static String shortTitle(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
