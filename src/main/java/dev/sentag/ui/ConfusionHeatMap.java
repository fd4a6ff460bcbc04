package dev.sentag.ui;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The confusion matrix between two annotators as a grid of shaded cells: one annotator's labels down
 * the side, the other's along the top, each cell's colour as strong as its count.
 */
final class ConfusionHeatMap extends VBox {
    static final double CELL_WIDTH = 100;
    /** Room for the row headers and three label columns: captions beside it wrap at this width. */
    static final double WIDTH = CELL_WIDTH * 3 + 150;
    static final double CELL_HEIGHT = 40;

    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final Label caption = new Label();

    ConfusionHeatMap() {
        super(8);
        getStyleClass().add("heat-map");
        title.getStyleClass().add("agreement-section");
        grid.setHgap(3);
        grid.setVgap(3);
        grid.setId("heat-map-grid");
        caption.getStyleClass().add("agreement-explanation");
        caption.setWrapText(true);
        caption.setMaxWidth(WIDTH);
        getChildren().setAll(title, grid, caption);
    }

    void show(AgreementFigures.HeatMap map) {
        grid.getChildren().clear();
        if (map == null) {
            setVisible(false);
            return;
        }
        setVisible(true);
        title.setText(map.labels().isEmpty() ? "Confusion" : "Confusion: " + map.rowAnnotator() + " × " + map.columnAnnotator());
        if (map.labels().isEmpty()) {
            caption.setText(map.note());
            return;
        }
        Label columns = header(map.columnAnnotator() + "’s label →", "heat-axis");
        grid.add(columns, 1, 0, map.labels().size(), 1);
        GridPane.setHalignment(columns, HPos.CENTER);
        List<String> labels = map.labels();
        for (int c = 0; c < labels.size(); c++) {
            Label h = header(labels.get(c), "heat-header");
            h.setPrefWidth(CELL_WIDTH);
            h.setMinWidth(CELL_WIDTH);
            h.setAlignment(Pos.CENTER);
            grid.add(h, c + 1, 1);
        }
        for (int r = 0; r < labels.size(); r++) {
            Label h = header(labels.get(r), "heat-header");
            h.setMaxWidth(Double.MAX_VALUE);
            h.setAlignment(Pos.CENTER_RIGHT);
            grid.add(h, 0, r + 2);
            for (int c = 0; c < labels.size(); c++) {
                grid.add(cell(map.cells().get(r).get(c), r, c), c + 1, r + 2);
            }
        }
        Label rows = header("↓ " + map.rowAnnotator() + "’s label", "heat-axis");
        grid.add(rows, 0, 1);
        GridPane.setHalignment(rows, HPos.RIGHT);
        caption.setText((map.note() == null ? "" : map.note() + " ")
                + "Rows: " + map.rowAnnotator() + ", columns: " + map.columnAnnotator()
                + ". Blue cells on the diagonal are sentences both gave the same label; orange cells are where"
                + " they differ. The stronger the colour, the more sentences.");
    }

    private static Label cell(AgreementFigures.Cell cell, int row, int column) {
        Label l = new Label(Integer.toString(cell.count()));
        l.setId("heat-" + row + "-" + column);
        l.getStyleClass().add("heat-cell");
        if (cell.agreement()) {
            l.getStyleClass().add("agreement");
        }
        l.setMinSize(CELL_WIDTH, CELL_HEIGHT);
        l.setPrefSize(CELL_WIDTH, CELL_HEIGHT);
        l.setAlignment(Pos.CENTER);
        // Computed shades: one colour per count, so an inline style rather than a class per step.
        l.setStyle("-fx-background-color: " + cell.background() + "; -fx-text-fill: " + cell.text() + ";");
        return l;
    }

    private static Label header(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }

    GridPane grid() {
        return grid;
    }
}
