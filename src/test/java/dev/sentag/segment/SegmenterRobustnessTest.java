package dev.sentag.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * NewsSentenceSegmenter on hostile input and under concurrent use. Speed against other splitters is
 * measured by the benchmark command, not asserted here: timed unit tests flap on busy machines. The
 * generous limit below only guards against a hang (quadratic work on 1 MB takes minutes).
 */
class SegmenterRobustnessTest {

    private static final SentenceSegmenter SEGMENTER = new NewsSentenceSegmenter();
    @Test
    void pathologicalInputsStayLinear() {
        String[] units = {"a.", ". ", "a.Bc", "... ", "U.S. ", "1) A ", "?\" Smith ", "• 9. The ", ". . ", "x"};
        for (String unit : units) {
            String text = unit.repeat(1_000_000 / unit.length());
            // Quadratic behaviour on 1 MB would take minutes; linear takes milliseconds.
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SEGMENTER.segment(text),
                    "slow on repeated '" + unit + "'");
        }
    }

    @Test
    void concurrentCallsGiveTheSameResult() throws Exception {
        List<GoldCase> cases = GoldScorerTest.casesOf("gum_news_en.jsonl");
        List<List<Span>> expected = cases.stream().map(c -> SEGMENTER.segment(c.text())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<Span>>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 16; t++) {
                runs.add(pool.submit(() -> cases.stream().map(c -> SEGMENTER.segment(c.text())).toList()));
            }
            for (Future<List<List<Span>>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static Path data(String file) {
        return Path.of("..", "shared", "data", "sentences", file);
    }
}
