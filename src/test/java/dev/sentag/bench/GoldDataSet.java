package dev.sentag.bench;

import dev.sentag.segment.GoldCase;
import dev.sentag.segment.GoldScorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** A named list of gold cases: one shared gold file, or a documented subset of one. */
record GoldDataSet(String name, List<GoldCase> cases) {

    static final String GOLDEN_RULES = "golden_rules_en.jsonl";
    static final String GUM_NEWS = "gum_news_en.jsonl";
    static final String SEEDS = "seeds_gold_en.jsonl";
    static final String SEEDS_WHOLE_FILES = "seeds_wholefile_gold_en.jsonl";

    /** The four gold files of ../shared/data/sentences, in table order. */
    static final List<String> FILES = List.of(GOLDEN_RULES, GUM_NEWS, SEEDS, SEEDS_WHOLE_FILES);

    GoldDataSet {
        cases = List.copyOf(cases);
    }

    /** The rows the benchmark reports: each file, plus the pySBD-48 and undisputed-GUM subsets. */
    static List<GoldDataSet> benchmarkSets(Path dir) {
        List<GoldCase> golden = read(dir, GOLDEN_RULES);
        List<GoldCase> gum = read(dir, GUM_NEWS);
        return List.of(
                new GoldDataSet("Golden Rules, all", golden),
                subset("Golden Rules, pySBD 48", golden, c -> c.has("in_pysbd48")),
                new GoldDataSet("GUM news, all", gum),
                subset("GUM news, not disputed", gum, c -> !c.has("disputed")),
                new GoldDataSet("Seed paragraphs", read(dir, SEEDS)),
                new GoldDataSet("Seed whole files", read(dir, SEEDS_WHOLE_FILES)));
    }

    /** Every case text of the four files, once each, in file order: the throughput corpus's unit. */
    static List<String> allTexts(Path dir) {
        return FILES.stream().flatMap(file -> read(dir, file).stream()).map(GoldCase::text).toList();
    }

    private static GoldDataSet subset(String name, List<GoldCase> cases, Predicate<GoldCase> filter) {
        return new GoldDataSet(name, cases.stream().filter(filter).toList());
    }

    static List<GoldCase> read(Path dir, String file) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("gold file missing: " + path.toAbsolutePath().normalize()
                    + " (run from the project root, or set -Dbench.data=DIR)");
        }
        try {
            return GoldScorer.readCases(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
