package dev.sentag.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scores NewsSentenceSegmenter on the project's own gold cases for the four kinds of miss seen on
 * news it had never seen (news_kinds_gold_en.jsonl, policy in README "Sentence splitting"):
 * sentences opening with a lower-case or camel-case name, abbreviations ending a sentence,
 * currency abbreviations before an amount, and list items run into a paragraph. Each kind has at
 * least 15 cases, among them "neighbours" that must NOT split; every case must pass.
 */
class NewsKindsGoldTest {

    private static final String FILE = "news_kinds_gold_en.jsonl";
    private static final Set<String> KINDS = Set.of("lowercase-name", "abbreviation-end", "currency", "list-item");
    private static final int MIN_CASES_PER_KIND = 15;
    private static final int MIN_NEIGHBOURS_PER_KIND = 3;

    private static GoldScore score() {
        URL url = NewsKindsGoldTest.class.getResource(FILE);
        assertNotNull(url, "test resource missing: dev/sentag/segment/" + FILE);
        try {
            return GoldScorer.score(new NewsSentenceSegmenter(), Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isNeighbour(GoldCase c) {
        return c.fields().getOrDefault("note", "").startsWith("neighbour");
    }

    @Test
    void everyCaseBelongsToOneOfTheFourKinds() {
        Set<String> seen = new TreeSet<>();
        for (CaseResult r : score().results()) {
            String kind = r.gold().fields().get("kind");
            assertTrue(KINDS.contains(kind), r.gold().id() + ": unknown kind " + kind);
            seen.add(kind);
        }
        assertEquals(new TreeSet<>(KINDS), seen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lowercase-name", "abbreviation-end", "currency", "list-item"})
    void everyCaseOfTheKindPasses(String kind) {
        GoldScore ofKind = score().where(c -> kind.equals(c.fields().get("kind")));
        assertTrue(ofKind.total() >= MIN_CASES_PER_KIND, kind + ": only " + ofKind.total() + " cases");
        GoldScore neighbours = ofKind.where(NewsKindsGoldTest::isNeighbour);
        assertTrue(neighbours.total() >= MIN_NEIGHBOURS_PER_KIND,
                kind + ": only " + neighbours.total() + " neighbour cases");
        assertTrue(ofKind.percent() >= 100.0,
                () -> kind + ": " + ofKind.summary() + " is below 100 %\n" + ofKind.describeFailures());
    }
}
