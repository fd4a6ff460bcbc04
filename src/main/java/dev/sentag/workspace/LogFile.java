package dev.sentag.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends all logging (System.Logger, java.util.logging, sqlite-jdbc via SLF4J) to a rotating file in the
 * data folder instead of the console, so the command line's standard error carries only its one-line
 * errors and the window never shows a stack trace. Installed once by the launcher, not by tests.
 */
public final class LogFile {
    /** Rotation: this many files of at most {@link #LIMIT} bytes each. */
    static final int COUNT = 5;
    static final int LIMIT = 1_000_000;
    private static volatile Path current;
    private static volatile Path library;
    /** A team library's URL (never with a password) when the lines concern one. */
    private static volatile String server;

    private LogFile() {
    }

    /** The log file in use (null when logging was not redirected, as in tests). */
    public static Path current() {
        return current;
    }

    /** Installs the file handler in {@code folder}; on failure keeps console logging and says why there. */
    public static synchronized void install(Path folder) {
        if (current != null) {
            return;
        }
        Logger root = LogManager.getLogManager().getLogger("");
        try {
            Files.createDirectories(folder);
            // %g numbers the rotated files; a second running Sentag finds the file locked and gets sentag.0.log.1.
            FileHandler file = new FileHandler(folder.resolve("sentag.%g.log").toString(), LIMIT, COUNT, true);
            file.setFormatter(new LibraryFormatter());
            file.setLevel(Level.INFO);
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            root.addHandler(file);
            root.setLevel(Level.INFO);
            current = folder.resolve("sentag.0.log");
        } catch (IOException | SecurityException e) {
            root.log(Level.WARNING, "cannot write the log file in " + folder + "; logging to the console", e);
        }
    }

    /**
     * Names the library the lines from now on concern (the log is one per user, libraries are many); set when a
     * library is opened, by the window and the command line alike.
     */
    public static void concerning(Path database) {
        library = database == null ? null : database.toAbsolutePath().normalize();
        server = null;
    }

    /** Like {@link #concerning(Path)} for a team library on a server, named by its URL without password. */
    public static void concerningServer(String shown) {
        library = null;
        server = shown;
    }

    /** The library the log lines concern now (null before one is opened). */
    public static Path library() {
        return library;
    }

    /** One line as SimpleFormatter writes it, led by the library it concerns: {@code [library /path/study.db]}. */
    static final class LibraryFormatter extends SimpleFormatter {
        @Override
        public String format(java.util.logging.LogRecord record) {
            Path lib = library;
            String url = server;
            return "[library " + (lib != null ? lib : url != null ? url : "none") + "] " + super.format(record);
        }
    }

    /** The default log folder: the user's Sentag data folder. */
    public static Path defaultFolder() {
        return DataLocation.dataFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }
}
