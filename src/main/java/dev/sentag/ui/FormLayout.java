package dev.sentag.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The layout the dialogs share: a caption column and a growing field column, captions styled alike. */
final class FormLayout {
    private FormLayout() {
    }

    /** A two-column grid whose second column takes the spare width. */
    static GridPane grid(double vgap) {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(vgap);
        form.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        form.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        return form;
    }

    /** A field's caption in the first column. */
    static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("export-caption");
        // Whole, never cut with an ellipsis: the field column is the one that gives way.
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** Moves a window up (not past the top) when its bottom runs off the screen it is on. */
    static void keepOnScreen(javafx.stage.Window window) {
        var screen = javafx.stage.Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight()).stream().findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        if (window.getY() + window.getHeight() > screen.getMaxY()) {
            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
        }
    }
}
