package dev.sentag.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Light and dark: AtlantaFX Primer as the base of every control, Sentag's own variables (sentag.css, and
 * sentag-dark.css over it) on every window's scene — the main window and every dialog, as each one appears.
 */
public enum Theme {
    LIGHT, DARK, SYSTEM;

    static final String CSS = MainWindow.class.getResource("sentag.css").toExternalForm();
    static final String DARK_CSS = MainWindow.class.getResource("sentag-dark.css").toExternalForm();
    private static Theme shown = LIGHT;
    private static boolean watching;

    /** LIGHT or DARK: SYSTEM follows the desktop's GTK theme (GTK_THEME such as "Adwaita:dark"), else light. */
    public Theme resolved(Map<String, String> environment) {
        if (this != SYSTEM) {
            return this;
        }
        String gtk = environment.getOrDefault("GTK_THEME", "");
        return gtk.toLowerCase(Locale.ROOT).contains("dark") ? DARK : LIGHT;
    }

    /** The theme, parsed leniently (a preferences file edited by hand); LIGHT when unknown. */
    public static Theme of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return LIGHT;
        }
    }

    /** Applies this theme to the application, its open windows and every window opened from now on. */
    public void apply() {
        shown = resolved(System.getenv());
        Application.setUserAgentStylesheet(shown == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(Theme::watch);
                }
            });
        }
        Window.getWindows().forEach(Theme::watch);
    }

    /** The theme the windows show now (LIGHT or DARK). */
    public static Theme shown() {
        return shown;
    }

    private static void watch(Window window) {
        style(window.getScene());
        window.sceneProperty().addListener((obs, o, scene) -> style(scene));
    }

    /** Gives a scene Sentag's stylesheets for the theme shown, keeping any others it has (label colours). */
    static void style(Scene scene) {
        if (scene == null) {
            return;
        }
        var sheets = scene.getStylesheets();
        sheets.removeAll(CSS, DARK_CSS);
        sheets.add(0, CSS);
        if (shown == DARK) {
            sheets.add(1, DARK_CSS);
        }
    }
}
