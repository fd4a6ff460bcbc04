package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A chart saves as a PNG of what it shows and copies as CSV of its data. */
class ChartExportTest {
    @TempDir
    Path dir;

    @Test
    void lineChartSavesAsPngOfItsSizeAndCopiesOneRowPerCategory() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        AtomicReference<LineChart<String, Number>> chart = new AtomicReference<>();
        Path png = dir.resolve("pace.png");
        AtomicReference<Exception> failure = new AtomicReference<>();
        robot.interact(() -> {
            CategoryAxis days = new CategoryAxis();
            days.setLabel("Day");
            LineChart<String, Number> c = new LineChart<>(days, new NumberAxis());
            c.setAnimated(false);
            for (String who : new String[] {"ana", "ben, jr"}) {
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName(who);
                s.getData().add(new XYChart.Data<>("2026-12-01", who.equals("ana") ? 4 : 2));
                s.getData().add(new XYChart.Data<>("2026-12-02", 7));
                c.getData().add(s);
            }
            new Scene(new StackPane(c), 400, 300);
            c.applyCss();
            c.layout();
            chart.set(c);
            try {
                ChartExport.png(c, png);
            } catch (Exception e) {
                failure.set(e);
            }
        });
        assertEquals(null, failure.get());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(400, image.getWidth());
        assertEquals(300, image.getHeight());
        assertEquals("Day,ana,\"ben, jr\"\n2026-12-01,4,2\n2026-12-02,7,7\n", ChartExport.csv(chart.get()));
        PieChart pie = new PieChart();
        pie.getData().add(new PieChart.Data("Disputed", 3));
        pie.getData().add(new PieChart.Data("Not disputed", 97));
        assertEquals("name,value\nDisputed,3\nNot disputed,97\n", ChartExport.csv(pie));
        assertTrue(java.nio.file.Files.size(png) > 100);
        FxToolkit.cleanupStages();
    }
}
