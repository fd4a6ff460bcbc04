package dev.sentag.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/** Where the window stood, how large it was and how it was divided: kept per library for the next start. */
final class WindowPlace {
    private WindowPlace() {
    }

    /** Gives the stage a scene showing {@code placeholder}, sized and placed as the user left it. */
    static void prepare(Stage stage, UiPreferences prefs, Parent placeholder) {
        Scene scene = new Scene(placeholder, prefs.number("width", 1280), prefs.number("height", 800));
        Theme.style(scene);
        stage.setScene(scene);
        if (prefs.has("x")) {
            stage.setX(prefs.number("x", 0));
            stage.setY(prefs.number("y", 0));
        }
    }

    /** Puts the dividers between library, article and sidebar where the user left them. */
    static void divide(SplitPane split, UiPreferences prefs) {
        split.setDividerPositions(prefs.number("divider.left", 0.2), prefs.number("divider.right", 0.76));
    }

    /** Notes the window's size, place and dividers in {@code prefs} (saved by the caller). */
    static void remember(Stage stage, SplitPane split, UiPreferences prefs) {
        prefs.put("width", stage.getWidth());
        prefs.put("height", stage.getHeight());
        prefs.put("x", stage.getX());
        prefs.put("y", stage.getY());
        double[] dividers = split.getDividerPositions();
        prefs.put("divider.left", dividers[0]);
        prefs.put("divider.right", dividers[1]);
    }
}
