package dev.sentag.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM on this JVM's class path that runs one of the app's probes and prints one line
 * {@code PROBE key=value …}. The window needs a display: $DISPLAY when set, else Monocle's headless glass when it
 * is on the class path (the same flags for the app and its baseline, so the comparison stays fair), else none.
 * Its log and temporary files go to the scratch folder, never the user's.
 */
final class ProbeProcess {
    /** The flags Monocle needs, as in the pom's surefire argLine. */
    static final List<String> MONOCLE = List.of("-Dprism.order=sw", "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Djava.awt.headless=true");
    private static final long TIMEOUT_SECONDS = 180;

    /** What a probe printed, and how long after the spawn its line arrived. */
    record Result(Map<String, String> fields, double spawnToLineMs) {
        double number(String key) {
            String value = fields.get(key);
            if (value == null) {
                throw new IllegalStateException("the probe did not report " + key + ": " + fields);
            }
            return Double.parseDouble(value);
        }
    }

    private ProbeProcess() {
    }

    /** The flags that give a child a display, or empty when there is none to give. */
    static Optional<List<String>> displayFlags() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return Optional.of(List.of());
        }
        boolean monocle = ClassLoader.getSystemResource("com/sun/glass/ui/monocle/MonocleApplication.class") != null;
        return monocle ? Optional.of(MONOCLE) : Optional.empty();
    }

    /** Where the display came from, for a row's note. */
    static String displayName() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank() ? "display " + display : "Monocle headless";
    }

    /** Runs {@code mainClass} on this class path with {@code flags}; returns its PROBE line once it exited. */
    static Result run(Path scratch, String classPath, List<String> flags, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(scratch.resolve("child-tmp"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(args);
        return run(scratch, command, Map.of());
    }

    /**
     * Runs a launcher (the app image's bin/Sentag) with its JVM options in JAVA_TOOL_OPTIONS, the one way into a
     * jpackage launcher's JVM; returns its PROBE line once it exited.
     */
    static Result runLauncher(Path scratch, Path launcher, List<String> jvmOptions, List<String> args)
            throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(scratch.resolve("child-tmp"));
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Djava.io.tmpdir=" + tmp);
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        return run(scratch, command, Map.of("JAVA_TOOL_OPTIONS", String.join(" ", options)));
    }

    private static Result run(Path scratch, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path home = Files.createDirectories(scratch.resolve("child-home"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(scratch.resolve("child.err").toFile());
        builder.environment().put("XDG_DATA_HOME", home.toString());
        builder.environment().putAll(environment);
        long spawned = System.nanoTime();
        Process child = builder.start();
        try {
            BlockingQueue<String> lines = new ArrayBlockingQueue<>(1);
            Thread reader = new Thread(() -> forwardProbeLine(child, lines), "probe-reader");
            reader.setDaemon(true);
            reader.start();
            String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            double ms = (System.nanoTime() - spawned) / 1e6;
            if (line == null || line.isEmpty()) {
                throw new IllegalStateException("the probe printed no PROBE line (see " + scratch.resolve("child.err")
                        + "): " + String.join(" ", command));
            }
            if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the probe did not exit after reporting: " + line);
            }
            return new Result(parse(line), ms);
        } finally {
            child.destroyForcibly();
        }
    }

    private static void forwardProbeLine(Process child, BlockingQueue<String> lines) {
        String found = "";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("PROBE ") && found.isEmpty()) {
                    found = line;
                    lines.offer(found);
                }
            }
        } catch (IOException e) {
            // The child went away; an empty line below tells the waiting side there is nothing to read.
        }
        if (found.isEmpty()) {
            lines.offer("");
        }
    }

    /**
     * Forgets what the window remembered at its last exit (size, last article): each run starts as the first did,
     * on the library's first article, not on the long one a previous run left open.
     */
    static void forgetWindowState(Path db) throws IOException {
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".ui.properties"));
    }

    static Map<String, String> parse(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : line.substring("PROBE ".length()).strip().split("\\s+")) {
            int eq = field.indexOf('=');
            if (eq > 0) {
                out.put(field.substring(0, eq), field.substring(eq + 1));
            }
        }
        return out;
    }

    /** The median of some figures. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
