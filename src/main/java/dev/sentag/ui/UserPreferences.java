package dev.sentag.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.input.KeyCombination;

/**
 * The user's preferences, the same whichever library is open (Edit → Preferences…), kept in
 * {@code preferences.properties} in the data folder: annotator name, theme, text size, reading-column width,
 * auto-advance, what N visits, key bindings, and the recently opened libraries.
 */
public final class UserPreferences {
    private static final System.Logger LOG = System.getLogger(UserPreferences.class.getName());
    static final double DEFAULT_COLUMN_EM = ArticleView.COLUMN_WIDTH_EM;
    static final int RECENT = 10;

    /** What N (next untagged) visits. */
    public enum NextVisit {
        THIS_ARTICLE("Untagged sentences of this article"),
        ON_TO_NEXT_ARTICLE("Untagged sentences, then on to the next article that has some");

        private final String text;

        NextVisit(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final Path file;
    final StringProperty annotator = new SimpleStringProperty(this, "annotator", "");
    final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    final DoubleProperty textSize = new SimpleDoubleProperty(this, "textSize", MainWindow.DEFAULT_FONT);
    final DoubleProperty columnWidth = new SimpleDoubleProperty(this, "columnWidth", DEFAULT_COLUMN_EM);
    final BooleanProperty autoAdvance = new SimpleBooleanProperty(this, "autoAdvance", true);
    final ObjectProperty<NextVisit> nextVisit = new SimpleObjectProperty<>(this, "nextVisit", NextVisit.THIS_ARTICLE);
    final KeyBindings keys = new KeyBindings();
    private final List<Path> recent = new ArrayList<>();

    /** Reads the file if there is one; a missing or unreadable file gives the defaults. */
    public UserPreferences(Path file) {
        this.file = file;
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring unreadable preferences " + file, e);
            }
        }
        annotator.set(p.getProperty("annotator", "").strip());
        theme.set(Theme.of(p.getProperty("theme", "light")));
        textSize.set(clamp(number(p, "textSize", MainWindow.DEFAULT_FONT), MainWindow.MIN_FONT, MainWindow.MAX_FONT));
        columnWidth.set(clamp(number(p, "columnWidth", DEFAULT_COLUMN_EM), 30, 90));
        autoAdvance.set(Boolean.parseBoolean(p.getProperty("autoAdvance", "true")));
        try {
            nextVisit.set(NextVisit.valueOf(p.getProperty("nextVisit", NextVisit.THIS_ARTICLE.name())));
        } catch (IllegalArgumentException e) {
            nextVisit.set(NextVisit.THIS_ARTICLE);
        }
        for (ActionSpec a : Actions.rebindable()) {
            String key = p.getProperty("key." + a.id());
            if (key != null && !key.equals(keys.key(a.id()).getName())) {
                if (parsed(key).map(k -> keys.rebind(a.id(), k).isPresent()).orElse(true)) {
                    LOG.log(System.Logger.Level.WARNING, "ignoring key " + key + " for " + a.id() + " in " + file);
                }
            }
        }
        for (int i = 0; i < RECENT; i++) {
            String path = p.getProperty("recent." + i);
            if (path != null && !path.isBlank()) {
                recent.add(Path.of(path));
            }
        }
    }

    private static java.util.Optional<KeyCombination> parsed(String key) {
        try {
            return java.util.Optional.of(KeyCombination.keyCombination(key));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            return Double.parseDouble(p.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    public Path file() {
        return file;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty annotatorProperty() {
        return annotator;
    }

    public KeyBindings keys() {
        return keys;
    }

    /** The libraries opened last, newest first (at most ten; missing ones too, so they can be shown greyed). */
    public List<Path> recent() {
        return List.copyOf(recent);
    }

    /** Puts {@code library} first in the recent list, and saves. */
    public void opened(Path library) {
        Path abs = library.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        while (recent.size() > RECENT) {
            recent.remove(recent.size() - 1);
        }
        save();
    }

    /** Takes {@code library} off the recent list, and saves. */
    public void forget(Path library) {
        recent.remove(library);
        save();
    }

    /** Writes atomically; a failure is logged, never in the user's way. */
    public void save() {
        Properties p = new Properties();
        p.setProperty("annotator", annotator.get());
        p.setProperty("theme", theme.get().name().toLowerCase(java.util.Locale.ROOT));
        p.setProperty("textSize", Double.toString(textSize.get()));
        p.setProperty("columnWidth", Double.toString(columnWidth.get()));
        p.setProperty("autoAdvance", Boolean.toString(autoAdvance.get()));
        p.setProperty("nextVisit", nextVisit.get().name());
        for (ActionSpec a : Actions.rebindable()) {
            p.setProperty("key." + a.id(), keys.key(a.id()).getName());
        }
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty("recent." + i, recent.get(i).toString());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Sentag preferences (Edit → Preferences…)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not save preferences " + file, e);
        }
    }
}
