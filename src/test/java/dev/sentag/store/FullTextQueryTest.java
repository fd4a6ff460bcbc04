package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void forPostgresqlWordsBecomeFts5sTermsAndTheOperatorsTsquerys() {
        assertEquals("('generalitat' & 'respon':*)", PostgresTextQuery.of("Généralitat respon*"));
        assertEquals("('it' <-> 'is' <-> 'what' <-> 'it' <-> 'is')", PostgresTextQuery.of("\"It is what it is\""),
                "no stop words; words under 3 letters are not stemmed");
        assertEquals("(('u' <-> 's') | ('state' <-> 'own':*))", PostgresTextQuery.of("U.S. OR state-own*"));
        assertEquals("(('pakistan' & !'new') | 'zurich')", PostgresTextQuery.of("(Pakistan NOT news) OR Zürich"));
        assertEquals("('a' & ('b' & !'c'))", PostgresTextQuery.of("a AND b NOT c"), "NOT binds tighter than AND");
        assertEquals("'a'", PostgresTextQuery.of("a … OR \"\""), "phrases of no terms drop out");
        assertEquals("", PostgresTextQuery.of("… AND a"), "an AND with nothing matches nothing, as in FTS5");
        assertEquals("'it''s'", FindTerms.lexeme("it's"));
    }

    @Test
    void forPostgresqlWhatFts5RefusesIsRefusedInTheSameWords() {
        assertEquals("Cannot search for '\"unclosed': unterminated string. Use words, \"quoted phrases\", AND, OR, NOT.",
                assertThrows(IllegalArgumentException.class, () -> PostgresTextQuery.of("\"unclosed")).getMessage());
        assertEquals("Cannot search for 'a OR': syntax error at the end. Use words, \"quoted phrases\", AND, OR, NOT.",
                assertThrows(IllegalArgumentException.class, () -> PostgresTextQuery.of("a OR")).getMessage());
        assertEquals("Cannot search for 'c (a OR b)': syntax error near \"OR\". Use words, \"quoted phrases\", AND, OR, NOT.",
                assertThrows(IllegalArgumentException.class, () -> PostgresTextQuery.of("c (a OR b)")).getMessage(),
                "a word before a bracket starts FTS5's NEAR group");
        assertEquals("Cannot search for 'NEAR (a b)': NEAR (…) is not available in a team library (PostgreSQL), only in"
                        + " a library file. Use words, \"quoted phrases\", AND, OR, NOT.",
                assertThrows(IllegalArgumentException.class, () -> PostgresTextQuery.of("NEAR (a b)")).getMessage());
        for (String bad : new String[] {"NOT a", "(a", "a)", "(a OR b) c", "a NOT NOT b", "OR"}) {
            assertThrows(IllegalArgumentException.class, () -> PostgresTextQuery.of(bad), bad);
        }
    }
}
