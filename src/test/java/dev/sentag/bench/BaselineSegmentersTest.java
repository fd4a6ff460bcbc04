package dev.sentag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.segment.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline adapters keep the SentenceSegmenter contract, so one scorer can judge them all. */
class BaselineSegmentersTest {

    @Test
    void baselinesSplitPlainSentencesAndTrimWhitespace() {
        String text = "  The cat sat.  The dog barked loudly!\n";
        for (BenchmarkedSegmenter s : BenchmarkedSegmenter.all()) {
            List<String> sentences = s.segmenter().segment(text).stream().map(span -> span.of(text)).toList();
            assertEquals(List.of("The cat sat.", "The dog barked loudly!"), sentences, s.name());
        }
    }

    @Test
    void baselineSpansAreTrimmedOrderedAndDisjointOnEveryGoldText() {
        List<String> texts = GoldDataSet.allTexts(Path.of("..", "shared", "data", "sentences"));
        for (BenchmarkedSegmenter s : BenchmarkedSegmenter.all()) {
            for (String text : texts) {
                int previousEnd = 0;
                for (Span span : s.segmenter().segment(text)) {
                    String where = s.name() + " on: " + text;
                    assertTrue(span.start() >= previousEnd && span.end() > span.start(), where);
                    assertTrue(!Character.isWhitespace(text.charAt(span.start()))
                            && !Character.isWhitespace(text.charAt(span.end() - 1)), where);
                    previousEnd = span.end();
                }
            }
        }
    }
}
