package dev.sentag.bench;

import dev.sentag.segment.GoldCase;
import dev.sentag.segment.SentenceSegmenter;
import dev.sentag.segment.Span;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Boundary precision/recall/F1 of a segmenter on gold cases: the sentence-end offsets it predicts
 * against those of the gold sentences, pooled over all cases. The end of the text is not a boundary
 * (every segmenter gets it for free), so a one-sentence case only counts what is wrongly split.
 */
final class BoundaryScorer {

    private BoundaryScorer() {
    }

    /** Pooled boundary counts of {@code segmenter} over {@code cases}. */
    static BoundaryCounts score(SentenceSegmenter segmenter, List<GoldCase> cases) {
        BoundaryCounts total = BoundaryCounts.NONE;
        for (GoldCase gold : cases) {
            total = total.plus(compare(goldEnds(gold), predictedEnds(gold.text(), segmenter.segment(gold.text()))));
        }
        return total;
    }

    /** Counts of one case from its gold and predicted end offsets. */
    static BoundaryCounts compare(Set<Integer> gold, Set<Integer> predicted) {
        long hits = predicted.stream().filter(gold::contains).count();
        return new BoundaryCounts(hits, predicted.size() - hits, gold.size() - hits);
    }

    /** The ends of the predicted spans, without the end of the text. */
    static Set<Integer> predictedEnds(String text, List<Span> spans) {
        int textEnd = text.stripTrailing().length();
        Set<Integer> ends = new TreeSet<>();
        for (Span span : spans) {
            if (span.end() < textEnd) {
                ends.add(span.end());
            }
        }
        return ends;
    }

    /**
     * The end offsets of the gold sentences in the case text, without the end of the text. Each
     * sentence is looked up after the previous one; where gold rejoined a line broken inside a
     * sentence (Golden Rule 41), it is matched ignoring whitespace.
     */
    static Set<Integer> goldEnds(GoldCase gold) {
        String text = gold.text();
        int textEnd = text.stripTrailing().length();
        Set<Integer> ends = new TreeSet<>();
        int from = 0;
        for (String sentence : gold.sentences()) {
            int at = text.indexOf(sentence, from);
            int end = at >= 0 ? at + sentence.length() : endIgnoringWhitespace(text, from, sentence);
            if (end < 0) {
                throw new IllegalArgumentException("gold case " + gold.id() + ": sentence not found in its text: "
                        + sentence);
            }
            if (end < textEnd) {
                ends.add(end);
            }
            from = end;
        }
        return ends;
    }

    /**
     * Where {@code sentence} ends in {@code text} if its non-whitespace characters follow {@code from}
     * in order with only whitespace (of any amount) between them; -1 if they do not.
     */
    private static int endIgnoringWhitespace(String text, int from, String sentence) {
        int t = skipWhitespace(text, from);
        for (int s = skipWhitespace(sentence, 0); s < sentence.length(); s = skipWhitespace(sentence, s)) {
            t = skipWhitespace(text, t);
            if (t >= text.length() || text.charAt(t) != sentence.charAt(s)) {
                return -1;
            }
            t++;
            s++;
        }
        return t;
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
