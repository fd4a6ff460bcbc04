package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentag.segment.GoldCase;
import dev.sentag.segment.GoldScorer;
import dev.sentag.segment.NewsSentenceSegmenter;
import dev.sentag.segment.SentenceSegmenter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code sentag segment --jsonl} gives, for every gold text, exactly the sentences the segmenter
 * gives, one output line per input line with the same id; on the seed sets those are the gold ones.
 */
class SegmentCommandGoldTest {

    private static final Path DATA = Path.of("..", "shared", "data", "sentences");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SentenceSegmenter SEGMENTER = new NewsSentenceSegmenter();

    @ParameterizedTest
    @ValueSource(strings = {"golden_rules_en.jsonl", "gum_news_en.jsonl", "seeds_gold_en.jsonl",
            "seeds_wholefile_gold_en.jsonl"})
    void jsonlSegmentGivesTheSegmentersSentencesForEveryGoldLine(String file) throws IOException {
        List<GoldCase> cases = GoldScorer.readCases(goldFile(file));
        List<JsonNode> inputs = new ArrayList<>();
        StringBuilder stdin = new StringBuilder();
        for (String goldLine : Files.readAllLines(goldFile(file), StandardCharsets.UTF_8)) {
            if (goldLine.isBlank()) {
                continue;
            }
            JsonNode gold = JSON.readTree(goldLine);
            // The gold line's own id (a number), so the check that it comes back unchanged means something.
            ObjectNode line = JSON.createObjectNode();
            line.set("id", gold.get("id"));
            line.set("text", gold.get("text"));
            inputs.add(line);
            stdin.append(JSON.writeValueAsString(line)).append('\n');
        }
        assertEquals(cases.size(), inputs.size(), file + ": gold lines");

        List<JsonNode> outputs = segmentJsonl(stdin.toString());

        assertEquals(cases.size(), outputs.size(), file + ": one output line per input line");
        for (int i = 0; i < cases.size(); i++) {
            GoldCase c = cases.get(i);
            JsonNode output = outputs.get(i);
            assertEquals(inputs.get(i).get("id"), output.get("id"), file + " line " + (i + 1) + ": id");
            List<String> expected = SEGMENTER.segment(c.text()).stream().map(s -> s.of(c.text())).toList();
            assertEquals(expected, sentencesOf(output), file + " case " + c.id());
            if (file.startsWith("seeds_")) {
                assertEquals(c.sentences(), sentencesOf(output).stream().map(String::strip).toList(),
                        file + " case " + c.id() + ": gold sentences");
            }
        }
    }

    private static List<JsonNode> segmentJsonl(String stdin) throws IOException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = SentagCommand.run(new String[] {"segment", "--jsonl"},
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, () -> err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing on standard error");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static List<String> sentencesOf(JsonNode output) {
        List<String> sentences = new ArrayList<>();
        output.get("sentences").forEach(s -> sentences.add(s.asText()));
        return sentences;
    }

    private static Path goldFile(String file) {
        Path path = DATA.resolve(file);
        if (!Files.isRegularFile(path)) {
            fail("gold file missing: " + path.toAbsolutePath().normalize());
        }
        return path;
    }
}
