package dev.sentag.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of NewsSentenceSegmenter over generated text: random Unicode (unpaired and paired
 * surrogates, combining marks, right-to-left scripts, control characters), very long tokens, runs
 * of punctuation, and mixtures of the shared gold sets' sentences with all of these. Whatever the
 * input, the sentences come back in order, each exactly the trimmed text between its offsets,
 * together covering every character that is not whitespace or a line break (NEL, U+0085, is a
 * line break but not Java whitespace), never cutting a surrogate pair or spanning a line break;
 * and the work done (characters read) grows linearly with the input, checked by counting reads
 * rather than by a clock.
 */
class SegmenterPropertyTest {

    private static final SentenceSegmenter SEGMENTER = new NewsSentenceSegmenter();

    /**
     * Upper bound on characters read per input character: every look-around is capped at
     * {@link Tokens#MAX_TOKEN} characters and happens at most once per period. The worst unit found
     * ("Rs." repeated without spaces: each period looks back over a full token) reads about 30.
     */
    private static final int MAX_READS_PER_CHAR = Tokens.MAX_TOKEN;

    private static final List<String> GOLD_SENTENCES = goldSentences();

    private static List<String> goldSentences() {
        List<String> sentences = new ArrayList<>();
        for (String file : List.of("golden_rules_en.jsonl", "gum_news_en.jsonl", "seeds_gold_en.jsonl")) {
            try {
                for (GoldCase c : GoldScorer.readCases(Path.of("..", "shared", "data", "sentences", file))) {
                    sentences.addAll(c.sentences());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("gold data missing: ../shared/data/sentences/" + file, e);
            }
        }
        return List.copyOf(sentences);
    }

    // ---- the invariants -------------------------------------------------------------------

    /** Checks every structural promise of {@link SentenceSegmenter#segment} on {@code text}. */
    static void assertWellFormed(String text, List<Span> spans) {
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (Span span : spans) {
            assertTrue(span.start() >= previousEnd, () -> "out of order or overlapping: " + spans);
            assertTrue(span.end() > span.start(), () -> "empty span: " + span);
            assertTrue(span.end() <= text.length(), () -> "beyond the text: " + span);
            String sentence = span.of(text);
            assertEquals(text.substring(span.start(), span.end()), sentence);
            assertFalse(Punctuation.isSpace(sentence.charAt(0)), () -> "not trimmed at start: " + span);
            assertFalse(Punctuation.isSpace(sentence.charAt(sentence.length() - 1)),
                    () -> "not trimmed at end: " + span);
            assertFalse(splitsSurrogatePair(text, span.start()), () -> "cuts a surrogate pair: " + span);
            assertFalse(splitsSurrogatePair(text, span.end()), () -> "cuts a surrogate pair: " + span);
            for (int k = span.start(); k < span.end(); k++) {
                if (Punctuation.isLineBreak(text.charAt(k))) {
                    fail("spans a line break at " + k + ": " + span);
                }
                covered[k] = true;
            }
            previousEnd = span.end();
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!covered[k] && !Punctuation.isSpace(c) && !Punctuation.isLineBreak(c)) {
                fail("lost character U+" + Integer.toHexString(c) + " at " + k);
            }
        }
    }

    private static boolean splitsSurrogatePair(String text, int at) {
        return at > 0 && at < text.length()
                && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
    }

    /** A CharSequence that counts how often the segmenter reads a character. */
    static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static long reads(String text) {
        CountingText counting = new CountingText(text);
        SEGMENTER.segment(counting);
        return counting.reads;
    }

    // ---- properties ------------------------------------------------------------------------

    @Property(tries = 400)
    void anyUnicodeStringIsSegmentedWithoutLoss(@ForAll("unicode") String text) {
        assertWellFormed(text, SEGMENTER.segment(text));
    }

    @Property(tries = 400)
    void mixturesOfGoldSentencesAndHostilePiecesAreSegmentedWithoutLoss(@ForAll("mixtures") String text) {
        assertWellFormed(text, SEGMENTER.segment(text));
    }

    @Property(tries = 200)
    void workGrowsLinearlyWithTheInput(@ForAll("mixtures") String text) {
        long reads = reads(text);
        assertTrue(reads <= (long) MAX_READS_PER_CHAR * text.length() + 64,
                () -> reads + " reads for " + text.length() + " chars");
    }

    @Property(tries = 100)
    void aCharSequenceGivesTheSameSpansAsItsString(@ForAll("mixtures") String text) {
        assertEquals(SEGMENTER.segment(text), SEGMENTER.segment(new StringBuilder(text)));
    }

    // ---- a megabyte of the worst cases: linear in reads, and done (a hang fails the build) ----

    /**
     * The two megabyte paragraphs: no period at all, and nothing but periods. Reads are
     * counted (at most a few per character); the timeout is generous, a guard against a hang
     * rather than a speed test (each takes milliseconds; the benchmark measures speed).
     */
    @Example
    void aMegabyteParagraphWithoutAPeriodAndOneOfOnlyPeriodsAreReadLinearly() {
        for (String unit : List.of("word ", "x", ".")) {
            String megabyte = unit.repeat(1_000_000 / unit.length());
            long reads = reads(megabyte);
            assertTrue(reads <= 3L * megabyte.length(), () -> "'" + unit + "': " + reads + " reads for 1 MB");
            List<Span> spans = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SEGMENTER.segment(megabyte));
            assertEquals(List.of(new Span(0, megabyte.strip().length())), spans);
        }
    }

    /** Ten times the text, about ten times the reads, for every unit the rules look around. */
    @Example
    void repeatedTrickyUnitsAreReadLinearly() {
        String[] units = {"a.", ". ", "?!", "\u2026", "iPhone. ", "Rs. 5 ", "a) B ", "(ii) ", "St. ", "de ",
            "\u05E9\u05DC\u05D5\u05DD. ", "e\u0301. ", "\uD83D\uDE00. ", "\u0000.", ". . ", "1) A ", "Jan. 5. ",
            "U.S. ", "U.S. The ", "\" ", "a. B ", "de de de X. ", "Main St. He ", "?\" Smith ", "\u2022 9. The ",
            "a.Bc", "a.B", "Rs.", "St.", "x. a) B. ", "Co. (1) ", "... ", "(i) A (ii) B "};
        for (String unit : units) {
            String small = unit.repeat(5_000 / unit.length());
            String big = unit.repeat(50_000 / unit.length());
            long smallReads = reads(small);
            long bigReads = reads(big);
            assertTrue(bigReads <= (long) MAX_READS_PER_CHAR * big.length(),
                    () -> "'" + unit + "': " + bigReads + " reads for " + big.length() + " chars");
            // Anything super-linear shows here: 50 kB must not cost more than ~10 times 5 kB.
            assertTrue(bigReads <= 11 * smallReads + 1_000,
                    () -> "'" + unit + "': " + smallReads + " reads for 5 kB but " + bigReads + " for 50 kB");
            assertWellFormed(big, SEGMENTER.segment(big));
        }
    }

    // ---- generators ------------------------------------------------------------------------

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> mixtures() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(GOLD_SENTENCES)),
                Tuple.of(3, punctuationRuns()),
                Tuple.of(3, Arbitraries.of(TRICKY)),
                Tuple.of(2, spaces()),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(20)),
                Tuple.of(1, longTokens()));
        return piece.list().ofMaxSize(25).map(pieces -> String.join("", pieces));
    }

    /** Pieces that exercise one rule each: names, abbreviations, markers, scripts, surrogates. */
    private static final List<String> TRICKY = List.of(
            "iPhone", "eBay ", "npm ", "de Blasio ", "von der ", "al-", "d'", " St. ", "Main St. ", "Dr. ",
            "Rs.", "Rs. 500 ", "Tk.", "Dhs. ", "SR. ", "Inc. ", "U.S. ", "a.m. ", "Jan. 5. ", "e.g. ",
            "a) ", "b) ", "(i) ", "(ii) ", "1.) ", "2) ", "iii. ", "A) ", "(a) ", "and ", ", ",
            "\uD83D\uDE00", "\uD83C\uDDFA\uD83C\uDDF8", "\uD800", "\uDC00", "e\u0301", "\u0915\u094D\u0937",
            "\u05E9\u05DC\u05D5\u05DD. ", "\u0645\u0631\u062D\u0628\u0627. ", "\u200F", "\u202E",
            "\u0000", "\u0007", "\u001B", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u00A0", "\r\n", "\r",
            "\u201C", "\u201D", "\u2019", "\u00AB", "\u00BB", "[...] ", ". . . ", "\u2026 ", "\u2022 9. ");

    private static Arbitrary<String> punctuationRuns() {
        return Arbitraries.strings().withChars(".?!\u2026\"'\u201D\u2019)(][:;,-\u2014 ").ofMinLength(1).ofMaxLength(30);
    }

    private static Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(" \t\n\r\u00A0\u2007\u202F\u2028\u2029\u000B\u000C\u0085")
                .ofMinLength(1).ofMaxLength(4);
    }

    private static Arbitrary<String> longTokens() {
        return Arbitraries.integers().between(50, 5_000).flatMap(n ->
                Arbitraries.of("a", "A", "1", ".", "a.", "x/", "\uD83D\uDE00", "\u05D0", "i")
                        .map(unit -> unit.repeat(Math.max(1, n / unit.length()))));
    }
}
