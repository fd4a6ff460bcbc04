package dev.sentag.probe;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The launch benchmark's baseline: a bare JavaFX window with one label, which prints its first frame the way
 * {@link WindowProbe} does ({@code PROBE first-frame-ms=…}) and quits. Its own main, not an Application's, so it
 * starts from a plain class path like the app's {@code dev.sentag.Launcher}.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        private boolean shown;

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Hello")), 1280, 800);
            scene.addPostLayoutPulseListener(() -> {
                if (!shown) {
                    shown = true;
                    long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("PROBE first-frame-ms=" + since);
                    System.out.flush();
                    Platform.exit();
                }
            });
            stage.setScene(scene);
            stage.show();
        }
    }
}
