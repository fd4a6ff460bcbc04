package dev.sentag.perf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Launch to first frame: process spawn until the real app (on a library of a few articles) has laid out its
 * first frame, against a bare JavaFX window with one label started with the same flags; alternating runs, after
 * one warm-up each, medians. A second row tries AppCDS on the packaged jar.
 */
public final class LaunchMeasure implements Measure {
    static final int RUNS = 5;
    static final String APP = "dev.sentag.Launcher";
    static final String BARE = "dev.sentag.probe.BareWindow";

    @Override
    public String name() {
        return "launch";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        Optional<List<String>> display = ProbeProcess.displayFlags();
        if (display.isEmpty()) {
            return List.of(new Measurement("launch to first frame", Double.NaN, "ms", null, null, "≤ 1.3× bare window",
                    false, "not measured: no display"));
        }
        Path db = context.scratch().resolve("launch.db");
        var corpus = new SyntheticCorpus(context.seed());
        ScratchLibrary.withArticles(db, List.of(corpus.article(0), corpus.article(1), corpus.article(2)));
        String classPath = System.getProperty("java.class.path");
        List<String> flags = display.get();
        Pair plain = alternate(context, new Launch(classPath, flags, APP, db), new Launch(classPath, flags, BARE, null));
        double ratio = plain.first() / plain.second();
        List<Measurement> rows = new ArrayList<>();
        rows.add(new Measurement("launch to first frame", plain.first(), "ms", plain.second(), ratio, "≤ 1.3× bare window",
                ratio <= 1.3, String.format(Locale.ROOT, "median of %d alternating runs each (after a warm-up), "
                        + "spawn to first laid-out frame, %s; baseline: a bare JavaFX window with one label",
                        RUNS, ProbeProcess.displayName())));
        rows.add(appCds(context, flags, db));
        rows.add(appImage(context, flags, db, classPath));
        return rows;
    }

    /** One way to start a window: class path, JVM flags, main class, and the library (null for the bare window). */
    private record Launch(String classPath, List<String> flags, String main, Path db) {
        double firstFrameMs(BenchContext context) throws Exception {
            List<String> all = new ArrayList<>(flags);
            all.add("-Dsentag.probe=first-frame");
            List<String> args = db == null ? List.of() : List.of("--db", db.toString());
            if (db != null) {
                ProbeProcess.forgetWindowState(db);
            }
            return ProbeProcess.run(context.scratch(), classPath, all, main, args).spawnToLineMs();
        }
    }

    /** Medians of two launches, run in turn so that a busy moment of the machine hits both alike. */
    private record Pair(double first, double second) {
    }

    private static Pair alternate(BenchContext context, Launch first, Launch second) throws Exception {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            double x = first.firstFrameMs(context);
            double y = second.firstFrameMs(context);
            if (run > 0) {
                a.add(x);
                b.add(y);
            }
            context.progress().printf(Locale.ROOT, "launch run %d%s: %.0f ms vs %.0f ms%n", run,
                    run == 0 ? " (warm-up)" : "", x, y);
        }
        return new Pair(ProbeProcess.median(a), ProbeProcess.median(b));
    }

    /**
     * AppCDS: one run writes an archive of the classes the start loaded (-XX:ArchiveClassesAtExit), later runs
     * map it (-XX:SharedArchiveFile). CDS needs a class path of jars, so it is tried on the packaged jar only.
     */
    private Measurement appCds(BenchContext context, List<String> flags, Path db) throws Exception {
        String target = "< 1.0× (helps)";
        Optional<Path> jar = packagedJar();
        if (jar.isEmpty()) {
            return new Measurement("launch to first frame with AppCDS", Double.NaN, "ms", null, null, target, false,
                    "not measured: no packaged jar (mvn package, then run from target/sentag.jar)");
        }
        Path archive = context.scratch().resolve("sentag.jsa");
        List<String> dump = new ArrayList<>(flags);
        dump.add("-XX:ArchiveClassesAtExit=" + archive);
        new Launch(jar.get().toString(), dump, APP, db).firstFrameMs(context);
        if (!Files.isRegularFile(archive)) {
            return new Measurement("launch to first frame with AppCDS", Double.NaN, "ms", null, null, target, false,
                    "not measured: the JVM wrote no archive");
        }
        List<String> use = new ArrayList<>(flags);
        use.add("-XX:SharedArchiveFile=" + archive);
        Pair cds = alternate(context, new Launch(jar.get().toString(), use, APP, db),
                new Launch(jar.get().toString(), flags, APP, db));
        double ratio = cds.first() / cds.second();
        return new Measurement("launch to first frame with AppCDS", cds.first(), "ms", cds.second(), ratio, target,
                ratio < 1.0, String.format(Locale.ROOT, "packaged jar with -XX:SharedArchiveFile vs without "
                        + "(archive %.0f MB, written by one earlier run with -XX:ArchiveClassesAtExit)",
                        Files.size(archive) / 1048576.0));
    }

    /**
     * The installable app (mvn -Pdist package): target/dist/Sentag/bin/Sentag, its own runtime and class-data archive,
     * against the same bare window. It carries no headless glass, so it needs a real display.
     */
    private Measurement appImage(BenchContext context, List<String> flags, Path db, String classPath) throws Exception {
        String name = "launch to first frame, app image";
        String target = "≤ 1.3× bare window";
        Path launcher = Path.of(System.getProperty("sentag.appImage", "target/dist/Sentag/bin/Sentag")).toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            return new Measurement(name, Double.NaN, "ms", null, null, target, false,
                    "not measured: no app image at " + launcher + " (mvn -Pdist -DskipTests package)");
        }
        if (!flags.isEmpty()) {
            return new Measurement(name, Double.NaN, "ms", null, null, target, false,
                    "not measured: the app image needs a real display (DISPLAY), it has no headless glass");
        }
        Launch bare = new Launch(classPath, flags, BARE, null);
        List<Double> image = new ArrayList<>();
        List<Double> window = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            ProbeProcess.forgetWindowState(db);
            double x = ProbeProcess.runLauncher(context.scratch(), launcher, List.of("-Dsentag.probe=first-frame"),
                    List.of("--db", db.toString())).spawnToLineMs();
            double y = bare.firstFrameMs(context);
            if (run > 0) {
                image.add(x);
                window.add(y);
            }
            context.progress().printf(Locale.ROOT, "app image run %d%s: %.0f ms vs %.0f ms%n", run,
                    run == 0 ? " (warm-up)" : "", x, y);
        }
        double a = ProbeProcess.median(image);
        double b = ProbeProcess.median(window);
        return new Measurement(name, a, "ms", b, a / b, target, a / b <= 1.3, String.format(Locale.ROOT,
                "median of %d alternating runs each (after a warm-up): %s (jlink runtime, AppCDS archive) vs a bare "
                        + "JavaFX window with one label, %s", RUNS, launcher, ProbeProcess.displayName()));
    }

    /** The shaded jar: this class path when it is one jar, else target/sentag.jar of the working folder. */
    static Optional<Path> packagedJar() {
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
                && !Path.of(classPath).getFileName().toString().startsWith("surefire")) {
            return Optional.of(Path.of(classPath).toAbsolutePath());
        }
        Path built = Path.of("target", "sentag.jar").toAbsolutePath();
        return Files.isRegularFile(built) ? Optional.of(built) : Optional.empty();
    }
}
