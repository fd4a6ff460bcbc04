package dev.sentag.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Sentag keeps its database by default, per platform; {@code SENTAG_DB} overrides it. */
public final class DataLocation {
    private DataLocation() {
    }

    /** The database path: {@code SENTAG_DB} if set, else the platform's user data folder. */
    public static Path defaultDatabase() {
        return defaultDatabase(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /**
     * The library to open when none is named: {@code SENTAG_DB} as given (a file or a PostgreSQL URL), else the
     * database file in the platform's user data folder.
     */
    public static String defaultLibrary() {
        String explicit = System.getenv("SENTAG_DB");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        return defaultDatabase().toString();
    }

    /** The file {@code library} names, or empty when it names a team library on a PostgreSQL server. */
    public static java.util.Optional<Path> file(String library) {
        return dev.sentag.store.LibraryLocation.isServer(library) ? java.util.Optional.empty()
                : java.util.Optional.of(Path.of(library));
    }

    static Path defaultDatabase(Map<String, String> env, String os, String home) {
        String explicit = env.get("SENTAG_DB");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return dataFolder(env, os, home).resolve("sentag.db");
    }

    static Path dataFolder(Map<String, String> env, String os, String home) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "Sentag");
        }
        if (name.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Sentag");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("sentag");
    }
}
