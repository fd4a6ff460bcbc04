package dev.sentag.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based, news-aware English sentence segmenter.
 *
 * <p>Policy:
 * <ul>
 *   <li>A line break (LF, CRLF, CR, U+2028/2029, NEL) always ends a sentence, so a line without
 *       terminal punctuation (headline, dateline, byline, "| Welcome to ..." residue, a "- item"
 *       list line) is a sentence of its own. Blank lines produce nothing.</li>
 *   <li>Spans are trimmed of surrounding whitespace, no-break spaces included, and are UTF-16
 *       offsets into the original text.</li>
 *   <li>". ? ! …" end a sentence when whitespace and a sentence-like start follow (not a
 *       lowercase word, not ", ; :"). Closing quotes and brackets right after the punctuation
 *       ({@code " ” ’ ' » ) ] }}) stay with the sentence they close.</li>
 *   <li>A quotation holding several sentences is split into them. "?" or "!" closing a quotation
 *       before its attribution ({@code "Why?" she asked}, {@code "Why?" Smith asked}) does not
 *       split.</li>
 *   <li>Abbreviations come from {@code abbreviations.txt}: titles and "e.g." never end a sentence;
 *       "No.", "p." do not before a number; "U.S.", "Inc.", "a.m." end one only when a typical
 *       sentence starter follows ({@code sentence_starters.txt}) and the text before is not a short
 *       prepositional phrase ("At 5 a.m. Mr. Smith ..."). Single capitals are initials
 *       ("J. R. R. Tolkien"), except the pronoun "I" after a lowercase word.</li>
 *   <li>Periods without a following space never split numbers, decimals, times, versions, URLs or
 *       e-mail addresses; a period joining a lowercase word and a capitalised word
 *       ("world.Today") does split.</li>
 *   <li>Ellipses end a sentence only before a capitalised word; ". . ." between spaces and "[...]"
 *       never do.</li>
 *   <li>Inline numbered or lettered lists ("1) The first 2) The second") split before each item;
 *       after ". ? !" a run-in marker ("a)", "(ii)", "b.", "(1)") starts a sentence whatever the
 *       case of its item; a marker after ", ; and or" is an entry inside one sentence.</li>
 *   <li>A word with a lower-case initial starts a sentence only when it is a name written that
 *       way: camel case ("iPhone", "mRNA", "o3"), {@code lowercase_names.txt} ("npm"), or
 *       {@code name_particles.txt} before a capital ("de Blasio").</li>
 *   <li>"St.", "Dr.", "Mt." are Saint, Doctor, Mount before a name, but street and unit
 *       abbreviations after a capitalised word or number ("Main St. He ..." splits); currency
 *       abbreviations never end a sentence before an amount ("Rs. 500 crore").</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; the word lists are loaded once per class.
 */
public final class NewsSentenceSegmenter implements SentenceSegmenter {

    private static final String ABBREVIATIONS = "abbreviations.txt";
    private static final String SENTENCE_STARTERS = "sentence_starters.txt";
    private static final String FRAGMENT_OPENERS = "fragment_openers.txt";
    private static final String SPEECH_VERBS = "speech_verbs.txt";
    private static final String LOWERCASE_NAMES = "lowercase_names.txt";
    private static final String NAME_PARTICLES = "name_particles.txt";

    private static final SentenceStarts STARTS = new SentenceStarts(
            WordSet.load(LOWERCASE_NAMES, true), WordSet.load(NAME_PARTICLES, true));

    /** Built once: the lists are immutable, so every instance can share one scanner. */
    private static final BoundaryScanner SCANNER = new BoundaryScanner(
            new PeriodRules(
                    AbbreviationLexicon.load(ABBREVIATIONS),
                    WordSet.load(SENTENCE_STARTERS, true),
                    WordSet.load(FRAGMENT_OPENERS, false),
                    STARTS),
            new QuoteRules(WordSet.load(SPEECH_VERBS, false)),
            STARTS);

    @Override
    public List<Span> segment(CharSequence text) {
        List<Span> spans = new ArrayList<>();
        SCANNER.scan(text, spans);
        return spans;
    }
}
