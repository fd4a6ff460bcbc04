package dev.sentag.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Window state remembered between runs (size, position, dividers, text size, last place, auto-advance),
 * kept in a small properties file beside the database so each library has its own and tests stay apart.
 */
public final class UiPreferences {
    private static final System.Logger LOG = System.getLogger(UiPreferences.class.getName());
    private final Path file;
    private final Properties values = new Properties();

    public UiPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring unreadable window preferences " + file, e);
            }
        }
    }

    double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    void put(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    boolean flag(String key, boolean fallback) {
        return Boolean.parseBoolean(values.getProperty(key, Boolean.toString(fallback)));
    }

    void put(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    /** Writes atomically; a failure is logged, never in the user's way. */
    void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "Sentag window state");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not save window preferences " + file, e);
        }
    }
}
