package dev.sentag.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GoldScorer reads JSONL gold files and reports per-case results. */
class GoldScorerTest {

    /** The cases of a shared gold file, failing clearly when ../shared is missing. */
    static List<GoldCase> casesOf(String file) {
        Path path = SegmenterRobustnessTest.data(file);
        if (!Files.isRegularFile(path)) {
            fail("gold file missing: " + path.toAbsolutePath().normalize());
        }
        try {
            return GoldScorer.readCases(path);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path, e);
        }
    }

    @Test
    void scoresEachCaseAndKeepsFlags(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": 1, \"text\": \"One. Two.\", \"sentences\": [\"One.\", \"Two.\"], \"in_pysbd48\": true}",
                "",
                "{\"id\": \"b\", \"text\": \"Mr. X left.\", \"sentences\": [\"Mr.\", \"X left.\"],"
                        + " \"disputed\": \"gold splits after a title\"}"), StandardCharsets.UTF_8);

        GoldScore score = GoldScorer.score(new NewsSentenceSegmenter(), file);

        assertEquals(2, score.total());
        assertEquals(1, score.passed());
        assertEquals(50.0, score.percent());
        CaseResult first = score.results().get(0);
        assertTrue(first.passed());
        assertEquals("1", first.gold().id());
        assertTrue(first.gold().has("in_pysbd48"));
        CaseResult second = score.results().get(1);
        assertFalse(second.passed());
        assertEquals(List.of("Mr. X left."), second.actual());
        assertTrue(second.gold().has("disputed"));
        assertEquals(1, score.where(c -> !c.has("disputed")).total());
        assertTrue(score.describeFailures().contains("expected: Mr."), score.describeFailures());
    }

    @Test
    void rejectsLinesWithoutTextOrSentences(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\": 1, \"text\": \"x\"}\n", StandardCharsets.UTF_8);
        try {
            GoldScorer.readCases(file);
            fail("expected an IOException");
        } catch (IOException expected) {
            assertTrue(expected.getMessage().contains("bad.jsonl:1"), expected.getMessage());
        }
    }
}
