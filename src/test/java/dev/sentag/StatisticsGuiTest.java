package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View → Statistics (Ctrl+Shift+T) in the real window: the charts show what two annotators tagged, and copy as CSV. */
class StatisticsGuiTest {
    @TempDir
    Path dir;

    private static Number value(XYChart<?, ?> chart, String series, Object category) {
        return chart.getData().stream().filter(s -> s.getName().equals(series)).findFirst().orElseThrow().getData()
                .stream().filter(d -> d.getXValue().equals(category) || d.getYValue().equals(category)).findFirst()
                .map(d -> (Number) (d.getXValue() instanceof Number n ? n : d.getYValue())).orElseThrow();
    }

    private static <T> T chart(GuiSession s, Class<T> kind) {
        return s.robot.lookup(".statistics .chart").queryAll().stream().filter(n -> n.getClass() == kind)
                .map(kind::cast).findFirst().orElseThrow();
    }

    @Test
    void ctrlShiftTChartsLabelsProgressPaceAndDisputesAndCopiesCsv() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_003);
        try (Workspace ws = Workspace.open(db)) {
            ws.annotation().actAs("ana");
            ws.annotation().tag(1, 0, "claim");
            ws.annotation().tag(1, 1, "claim");
            ws.annotation().tag(1, 2, "response");
            ws.annotation().actAs("ben");
            ws.annotation().tag(1, 0, "claim");
            ws.annotation().tag(1, 1, "response");
            ws.annotation().tag(1, 2, "response");
        }
        try (GuiSession s = GuiSession.start(db)) {
            long sentences = s.count("SELECT count(*) FROM sentences WHERE document_id = 1 AND idx IS NOT NULL AND excluded = 0");
            s.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
            s.waitUntil(() -> s.robot.lookup(".statistics .chart").queryAll().size() == 4);

            @SuppressWarnings("unchecked")
            StackedBarChart<String, Number> labels = chart(s, StackedBarChart.class);
            assertEquals(2, value(labels, "Claim", "ana").intValue());
            assertEquals(1, value(labels, "Response", "ana").intValue());
            assertEquals(1, value(labels, "Claim", "ben").intValue());
            assertEquals(2, value(labels, "Response", "ben").intValue());

            @SuppressWarnings("unchecked")
            BarChart<Number, String> progress = chart(s, BarChart.class);
            // Overall is over the whole library, the sample article of the first start included.
            long all = s.count("SELECT count(*) FROM sentences WHERE idx IS NOT NULL AND excluded = 0");
            double percent = Math.round(1000.0 * 3 / all) / 10.0;
            assertEquals(percent, value(progress, "ana", "Overall").doubleValue(), 1e-9);
            assertTrue(progress.getData().get(0).getData().stream().anyMatch(d -> d.getYValue().startsWith("1 ")));

            LineChart<?, ?> pace = chart(s, LineChart.class);
            assertEquals(List.of("ana", "ben"), pace.getData().stream().map(XYChart.Series::getName).toList());
            assertEquals(3, ((Number) pace.getData().get(0).getData().get(0).getYValue()).intValue(), "ana tagged 3 today");

            PieChart disputed = chart(s, PieChart.class);
            assertEquals(1, (int) disputed.getData().get(0).getPieValue());
            assertEquals(all - 1, (long) disputed.getData().get(1).getPieValue());
            assertEquals(Math.round(1000.0 * 3 / sentences) / 10.0, value(progress, "ana", progress.getData().get(0)
                    .getData().stream().map(XYChart.Data::getYValue).filter(y -> y.startsWith("1 ")).findFirst().orElseThrow())
                    .doubleValue(), 1e-9, "document 1");

            Button copy = s.robot.lookup(".statistics .button").queryAllAs(Button.class).stream()
                    .filter(b -> b.getText().equals("Copy CSV")).findFirst().orElseThrow();
            s.robot.clickOn(copy);
            AtomicReference<String> csv = new AtomicReference<>();
            s.robot.interact(() -> csv.set(Clipboard.getSystemClipboard().getString()));
            assertEquals("Annotator,Claim,Response\nana,2,1\nben,1,2\n", csv.get());

            // Esc closes it, as it closes every dialog: back in the article, whose keys work again.
            javafx.stage.Window statistics = copy.getScene().getWindow();
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> !statistics.isShowing());
        }
    }
}
