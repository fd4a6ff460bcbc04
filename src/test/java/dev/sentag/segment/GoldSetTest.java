package dev.sentag.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores NewsSentenceSegmenter on the shared gold files; thresholds are the scores reached when
 * the segmenter was written, rounded down, so any regression fails with the offending cases.
 */
class GoldSetTest {

    private static final Path DATA = Path.of("..", "shared", "data", "sentences");
    private static final SentenceSegmenter SEGMENTER = new NewsSentenceSegmenter();

    @BeforeAll
    static void goldDataIsPresent() {
        if (!Files.isDirectory(DATA)) {
            fail("gold data missing: expected " + DATA.toAbsolutePath().normalize()
                    + " (../shared/data/sentences relative to the project root)");
        }
    }

    private static GoldScore score(String file) {
        Path path = DATA.resolve(file);
        if (!Files.isRegularFile(path)) {
            fail("gold file missing: " + path.toAbsolutePath().normalize());
        }
        return GoldScorer.score(SEGMENTER, path);
    }

    private static void assertAtLeast(double minPercent, GoldScore score, String what) {
        assertTrue(score.total() > 0, what + ": no cases");
        assertTrue(score.percent() >= minPercent,
                () -> what + ": " + score.summary() + " is below " + minPercent + " %\n"
                        + score.describeFailures());
    }

    @Test
    void seedParagraphsAllPass() {
        assertAtLeast(100.0, score("seeds_gold_en.jsonl"), "seeds_gold_en");
    }

    @Test
    void seedWholeFilesAllPass() {
        assertAtLeast(100.0, score("seeds_wholefile_gold_en.jsonl"), "seeds_wholefile_gold_en");
    }

    @Test
    void goldenRulesPysbd48AllPass() {
        GoldScore subset = score("golden_rules_en.jsonl").where(c -> c.has("in_pysbd48"));
        assertAtLeast(100.0, subset, "golden_rules_en (in_pysbd48)");
    }

    /** 50/52: cases 40 and 41 join lines across a line break, which our policy never does. */
    @Test
    void goldenRulesAllCases() {
        assertAtLeast(96.0, score("golden_rules_en.jsonl"), "golden_rules_en (all 52)");
    }

    @Test
    void gumNewsUndisputedAllPass() {
        GoldScore undisputed = score("gum_news_en.jsonl").where(c -> !c.has("disputed"));
        assertAtLeast(100.0, undisputed, "gum_news_en (not disputed)");
    }

    /** The 5 disputed cases keep multi-sentence quotations whole; our policy splits them. */
    @Test
    void gumNewsAllCases() {
        assertAtLeast(97.0, score("gum_news_en.jsonl"), "gum_news_en (all)");
    }
}
