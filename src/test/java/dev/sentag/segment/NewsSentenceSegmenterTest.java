package dev.sentag.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the segmentation policy documented on {@link NewsSentenceSegmenter}. */
class NewsSentenceSegmenterTest {

    private static final SentenceSegmenter SEGMENTER = new NewsSentenceSegmenter();

    private static List<String> sentences(String text) {
        return SEGMENTER.segment(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void lineBreakAlwaysEndsSentence() {
        assertEquals(List.of("Pakistan’s Response", "In a statement, the ministry said no", "more."),
                sentences("Pakistan’s Response\nIn a statement, the ministry said no\nmore."));
        assertEquals(List.of("| Welcome to Global Village Space", "Saturday, January 18, 2025"),
                sentences("| Welcome to Global Village Space\n\nSaturday, January 18, 2025\n"));
    }

    @Test
    void listItemsOnTheirOwnLinesAreSentences() {
        assertEquals(List.of("However, several factors have strained ties:",
                        "- Military Coups: Repeated coups have drawn criticism.",
                        "- Nuclear Program Concerns: It is at odds with U.S. priorities."),
                sentences("However, several factors have strained ties:\n"
                        + "- Military Coups: Repeated coups have drawn criticism.\n"
                        + "- Nuclear Program Concerns: It is at odds with U.S. priorities."));
    }

    @Test
    void inlineNumberedListSplitsBeforeEachItem() {
        assertEquals(List.of("1) The first item", "2) The second item"),
                sentences("1) The first item 2) The second item"));
        assertEquals(List.of("He cut 1) costs and 2) staff."), sentences("He cut 1) costs and 2) staff."));
    }

    @Test
    void abbreviationBeforeNameDoesNotSplit() {
        assertEquals(List.of("Gen. John Smith met Sen. Bob Jones and Dr. Brown in St. Louis."),
                sentences("Gen. John Smith met Sen. Bob Jones and Dr. Brown in St. Louis."));
        assertEquals(List.of("J. R. R. Tolkien wrote it, e.g. The Hobbit, in Jan. 1937."),
                sentences("J. R. R. Tolkien wrote it, e.g. The Hobbit, in Jan. 1937."));
        assertEquals(List.of("Critics of U.S. President Donald Trump met at No. 10 at 5 p.m. on Friday."),
                sentences("Critics of U.S. President Donald Trump met at No. 10 at 5 p.m. on Friday."));
    }

    @Test
    void abbreviationEndingSentenceSplitsBeforeSentenceStarter() {
        assertEquals(List.of("The team flew to the U.S.", "The President met them."),
                sentences("The team flew to the U.S. The President met them."));
        assertEquals(List.of("They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."),
                sentences("They closed the deal with Pitt, Briggs & Co. It closed yesterday."));
        assertEquals(List.of("At 5 a.m. Mr. Smith went to the bank.", "He left at 6 P.M."),
                sentences("At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M."));
    }

    @Test
    void pronounIAfterLowercaseWordEndsSentence() {
        assertEquals(List.of("We make a good team, you and I.", "Did you see Albert I. Jones?"),
                sentences("We make a good team, you and I. Did you see Albert I. Jones?"));
    }

    @Test
    void closingQuoteStaysWithSentence() {
        assertEquals(List.of("He said: “We will win.”", "Then he left."),
                sentences("He said: “We will win.” Then he left."));
        assertEquals(List.of("(This is an aside.)", "And this follows [it]."),
                sentences("(This is an aside.) And this follows [it]."));
        assertEquals(List.of("They called it ’discriminatory.’", "Talks stalled."),
                sentences("They called it ’discriminatory.’ Talks stalled."));
    }

    @Test
    void quotationWithSeveralSentencesIsSplit() {
        assertEquals(List.of("“We have been clear.", "It’s a long-standing policy,” he said."),
                sentences("“We have been clear. It’s a long-standing policy,” he said."));
    }

    @Test
    void questionInQuoteBeforeLowercaseAttributionDoesNotSplit() {
        assertEquals(List.of("\"Why?\" she asked.", "\"Because!\" he said."),
                sentences("\"Why?\" she asked. \"Because!\" he said."));
        assertEquals(List.of("“Is it over?” asked the reporter."),
                sentences("“Is it over?” asked the reporter."));
    }

    @Test
    void questionInQuoteBeforeNamedAttributionDoesNotSplit() {
        assertEquals(List.of("\"Why?\" Smith asked.", "Nobody answered."),
                sentences("\"Why?\" Smith asked. Nobody answered."));
    }

    @Test
    void questionAndExclamationSplit() {
        assertEquals(List.of("Hello!?", "Is that you?", "Yes!!"), sentences("Hello!? Is that you? Yes!!"));
        assertEquals(List.of("She works at Yahoo! in the accounting department."),
                sentences("She works at Yahoo! in the accounting department."));
    }

    @Test
    void decimalsUrlsAndEmailsDoNotSplit() {
        assertEquals(List.of("Pi is 3.14 and version 2.0.1 shipped at 10.30 today."),
                sentences("Pi is 3.14 and version 2.0.1 shipped at 10.30 today."));
        assertEquals(List.of("See https://www.example.50.com/a.html?b=1.", "Or mail Jane.Doe@example.com.",
                        "She has $100.00."),
                sentences("See https://www.example.50.com/a.html?b=1. Or mail Jane.Doe@example.com. She has $100.00."));
    }

    @Test
    void periodJoiningTwoWordsSplits() {
        assertEquals(List.of("Hello world.", "Today is Tuesday.", "He bought 1,000.", "That is a lot."),
                sentences("Hello world.Today is Tuesday.He bought 1,000.That is a lot."));
    }

    @Test
    void ellipsisSplitsOnlyBeforeCapitalisedWord() {
        assertEquals(List.of("I never meant that....", "She left."), sentences("I never meant that.... She left."));
        assertEquals(List.of("I wasn’t really ... well, I mean...see . . . I didn’t mean it."),
                sentences("I wasn’t really ... well, I mean...see . . . I didn’t mean it."));
        assertEquals(List.of("\"Bohr [...] used stairways [...]\" (Smith 55)."),
                sentences("\"Bohr [...] used stairways [...]\" (Smith 55)."));
    }

    @Test
    void offsetsMapBackExactly() {
        String text = "\u00A0 “Candidly, it’s hard,”\u00A0Reuters quoted him. \u00A0Next one!\r\n\r\n  Last line\u00A0";
        List<Span> spans = SEGMENTER.segment(text);
        assertEquals(3, spans.size(), spans.toString());
        int previousEnd = 0;
        for (Span span : spans) {
            String sentence = text.substring(span.start(), span.end());
            assertEquals(sentence, span.of(text));
            assertTrue(!sentence.isEmpty() && !Punctuation.isSpace(sentence.charAt(0))
                    && !Punctuation.isSpace(sentence.charAt(sentence.length() - 1)), "not trimmed: " + sentence);
            assertTrue(span.start() >= previousEnd, "overlapping or out of order: " + spans);
            previousEnd = span.end();
        }
        assertEquals("Last line", spans.get(2).of(text));
    }

    @Test
    void crlfAndCrLineEndings() {
        List<String> expected = List.of("Headline", "First sentence.", "Second one.");
        assertEquals(expected, sentences("Headline\r\nFirst sentence. Second one.\r\n"));
        assertEquals(expected, sentences("Headline\rFirst sentence. Second one.\r"));
        assertEquals(expected, sentences("Headline\r\n\r\nFirst sentence.\nSecond one."));
    }

    @Test
    void emptyAndBlankTextGiveNoSentences() {
        assertEquals(List.of(), sentences(""));
        assertEquals(List.of(), sentences(" \t\u00A0"));
        assertEquals(List.of(), sentences("\n\r\n \u00A0\n\r"));
    }

    @Test
    void acceptsAnyCharSequence() {
        StringBuilder text = new StringBuilder("One sentence. Another one.");
        assertEquals(List.of(new Span(0, 13), new Span(14, 26)), SEGMENTER.segment(text));
    }
}
