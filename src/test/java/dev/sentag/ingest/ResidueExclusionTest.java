package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.SeedFiles;
import dev.sentag.model.Sentence;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidueExclusionTest {
    private static final Path GOLD = Path.of("..", "shared", "data", "sentences", "seeds_wholefile_gold_en.jsonl");

    @TempDir
    Path dir;

    @Test
    void firstSeedHasBannerReadMoreAndRepeatedQuoteExcludedAndEveryOtherGoldSentenceIncluded() throws IOException {
        List<Sentence> sentences = importSeed(SeedFiles.first());

        List<String> excluded = texts(sentences, true);
        assertEquals(4, excluded.size(), excluded.toString());
        assertEquals("| Welcome to Global Village Space", excluded.get(0));
        assertEquals("Read more: Zelensky insults Putin", excluded.get(1));
        assertTrue(excluded.get(2).startsWith("“Candidly, it’s hard"), "the second copy of a repeated line");
        assertEquals("Read more: Over 28,000 Pakistanis seek asylum in Europe in one year", excluded.get(3));

        List<String> expectedIncluded = new ArrayList<>(gold(SeedFiles.first()));
        expectedIncluded.removeAll(List.of(excluded.get(0), excluded.get(1), excluded.get(3)));
        expectedIncluded.remove(expectedIncluded.lastIndexOf(excluded.get(2)));
        assertEquals(expectedIncluded, texts(sentences, false));
    }

    @Test
    void secondSeedWithoutResidueKeepsEveryGoldSentenceIncluded() throws IOException {
        List<Sentence> sentences = importSeed(SeedFiles.second());

        assertEquals(List.of(), texts(sentences, true));
        assertEquals(gold(SeedFiles.second()), texts(sentences, false));
    }

    @Test
    void excludedSentencesStayInTheTextAndOutOfTheProgressCount() {
        try (Workspace ws = Workspace.open(dir.resolve("s.db"))) {
            var imported = (ImportResult.Imported) ws.imports().importFile(SeedFiles.first());
            var doc = ws.annotation().open(imported.documentId()).orElseThrow();
            for (Sentence s : doc.sentences()) {
                assertEquals(s.text(), doc.document().text().substring(s.start(), s.end()));
            }
            int included = (int) doc.sentences().stream().filter(s -> !s.excluded()).count();
            assertEquals(included, ws.annotation().documents().get(0).sentences());
            assertEquals(doc.sentences().size() - 4, included);
        }
    }

    @Test
    void rulesMatchWholeLinesOnly() {
        ResidueRules rules = ResidueRules.standard();
        assertTrue(rules.matches("  Read more: Zelensky insults Putin "));
        assertTrue(rules.matches("Also read: a story"));
        assertTrue(rules.matches("Share this article"));
        assertFalse(rules.matches("He said people should read more: books, papers and reports."));
        assertFalse(rules.matches("Subscribers were told on Monday."));
        assertFalse(rules.matches(""));
    }

    @Test
    void shortRepeatedLinesStayIncluded() {
        ResidueRules rules = ResidueRules.standard();
        String text = "Reuters\nA line.\nReuters\n";
        var spans = List.of(new dev.sentag.model.SentenceSpan(0, 7), new dev.sentag.model.SentenceSpan(8, 15),
                new dev.sentag.model.SentenceSpan(16, 23));
        assertEquals(java.util.Set.of(), rules.excluded(text, spans));
    }

    private List<Sentence> importSeed(Path seed) {
        try (Workspace ws = Workspace.open(dir.resolve("seed.db"))) {
            var imported = (ImportResult.Imported) ws.imports().importFile(seed);
            return ws.annotation().open(imported.documentId()).orElseThrow().sentences();
        }
    }

    private static List<String> texts(List<Sentence> sentences, boolean excluded) {
        return sentences.stream().filter(s -> s.excluded() == excluded).map(s -> s.text().strip()).toList();
    }

    private static List<String> gold(Path seed) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(GOLD)) {
            JsonNode node = json.readTree(line);
            if (node.get("id").asText().equals(seed.getFileName().toString())) {
                List<String> out = new ArrayList<>();
                node.get("sentences").forEach(s -> out.add(s.asText()));
                return out;
            }
        }
        throw new AssertionError("no gold for " + seed);
    }
}
