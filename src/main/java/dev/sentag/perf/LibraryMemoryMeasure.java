package dev.sentag.perf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The window on a big library (10,000 articles, ~300,000 sentences, at scale 1) with a 256 MB heap: a child app
 * starts, shows the library, opens the last article and tags a sentence, then reports the time to the library
 * shown and the heap in use after a GC. It passes when all of that worked under -Xmx256m.
 */
public final class LibraryMemoryMeasure implements Measure {
    static final String HEAP = "-Xmx256m";

    @Override
    public String name() {
        return "library-memory";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        int articles = context.scaled(10_000);
        String title = String.format(Locale.ROOT, "library of %,d articles: start, show, open, tag under %s",
                articles, HEAP);
        String target = "works under " + HEAP;
        Optional<List<String>> display = ProbeProcess.displayFlags();
        if (display.isEmpty()) {
            return List.of(new Measurement(title, Double.NaN, "ms", null, null, target, false,
                    "not measured: no display"));
        }
        Path folder = context.scratch().resolve("library-articles");
        new SyntheticCorpus(context.seed()).writeFolder(folder, articles);
        Path db = context.scratch().resolve("library.db");
        long lastArticle = ScratchLibrary.withFolder(db, folder);
        List<String> flags = new ArrayList<>(display.get());
        flags.addAll(List.of(HEAP, "-Dsentag.probe=library", "-Dsentag.probe.document=" + lastArticle));
        ProbeProcess.forgetWindowState(db);
        ProbeProcess.Result result;
        try {
            result = ProbeProcess.run(context.scratch(), System.getProperty("java.class.path"), flags,
                    LaunchMeasure.APP, List.of("--db", db.toString()));
        } catch (IllegalStateException e) {
            return List.of(new Measurement(title, Double.NaN, "ms", null, null, target, false,
                    "failed: " + e.getMessage()));
        }
        context.progress().printf(Locale.ROOT, "library run: %s%n", result.fields());
        boolean worked = Boolean.parseBoolean(result.fields().get("saved"))
                && result.number("documents") >= articles && result.number("rows") > 0;
        return List.of(
                new Measurement(title + " — library shown", result.number("library-shown-ms"), "ms", null, null,
                        target, worked, String.format(Locale.ROOT, "JVM start to the library listed and its first "
                                + "article shown; %s documents listed, %s sentences of the open article held; %s",
                        result.fields().get("documents"), result.fields().get("rows"), ProbeProcess.displayName())),
                new Measurement(title + " — heap after GC", result.number("heap-used-mb"), "MB", null, null,
                        target, worked, "heap in use after System.gc() with the last article open and tagged"));
    }
}
