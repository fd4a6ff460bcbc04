package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the user types becomes an FTS5 query: syntax passes through, punctuation inside a word becomes a phrase. */
class FullTextQueryTest {
    @Test
    void plainWordsPhrasesOperatorsAndPrefixesPassThrough() {
        assertEquals("sanctions Pakistan", FullTextQuery.of("sanctions Pakistan"));
        assertEquals("\"emerging threat\" OR (missile NOT drone)", FullTextQuery.of("\"emerging threat\" OR (missile NOT drone)"));
        assertEquals("sanction*", FullTextQuery.of("sanction*"));
        assertEquals("Café", FullTextQuery.of("Café"));
    }

    @Test
    void punctuationInsideAWordMakesItAPhrase() {
        assertEquals("\"long-range\" missiles", FullTextQuery.of("long-range missiles"));
        assertEquals("\"U.S.\" (\"Pakistan’s\")", FullTextQuery.of("U.S. (Pakistan’s)"));
        assertEquals("\"state-own\"*", FullTextQuery.of("state-own*"));
    }

    @Test
    void anUnclosedQuoteIsLeftForTheEngineToRefuse() {
        assertEquals("\"unclosed phrase", FullTextQuery.of("\"unclosed phrase"));
    }
}
