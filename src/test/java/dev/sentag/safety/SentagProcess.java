package dev.sentag.safety;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the real command line ({@code dev.sentag.Launcher}) as a separate JVM on the test classpath. */
final class SentagProcess {
    private SentagProcess() {
    }

    /** {@code sentag --db DB ARGS…} with standard input from {@code stdin}, standard error to {@code stderr}. */
    static ProcessBuilder builder(Path db, Path stdin, Path stderr, String... args) {
        return builder(db.toString(), db.toAbsolutePath().getParent().resolve("data"), stdin, stderr, args);
    }

    /** {@code sentag --db LIBRARY ARGS…} (a file or a PostgreSQL URL) with its data folder under {@code dataHome}. */
    static ProcessBuilder builder(String library, Path dataHome, Path stdin, Path stderr, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The child only runs the CLI: a quick-starting JIT is all it needs.
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                "dev.sentag.Launcher", "--db", library));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // The child's log file goes to the test's folder, not the user's data folder.
        builder.environment().put("XDG_DATA_HOME", dataHome.toString());
        return builder
                .redirectInput(stdin.toFile())
                .redirectError(stderr.toFile());
    }

    static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new AssertionError("cannot start a child JVM: " + e.getMessage(), e);
        }
    }
}
