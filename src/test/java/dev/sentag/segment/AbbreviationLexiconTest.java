package dev.sentag.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The abbreviation list's categories and matching rules, as documented in abbreviations.txt. */
class AbbreviationLexiconTest {

    private static final AbbreviationLexicon LEXICON = AbbreviationLexicon.load("abbreviations.txt");

    private static AbbreviationLexicon.Kind kind(String token) {
        return LEXICON.kind(token, 0, token.length());
    }

    @Test
    void categoriesComeFromTheResource() {
        assertEquals(AbbreviationLexicon.Kind.NON_FINAL, kind("Mr"));
        assertEquals(AbbreviationLexicon.Kind.NON_FINAL, kind("e.g"));
        assertEquals(AbbreviationLexicon.Kind.BEFORE_NUMBER, kind("No"));
        assertEquals(AbbreviationLexicon.Kind.MAY_END, kind("U.S"));
        assertEquals(AbbreviationLexicon.Kind.MAY_END, kind("Inc"));
    }

    @Test
    void lowercaseEntriesMatchAnyCaseCapitalisedOnlyExactly() {
        assertEquals(AbbreviationLexicon.Kind.MAY_END, kind("CO"));
        assertEquals(AbbreviationLexicon.Kind.MAY_END, kind("p.m"));
        assertEquals(AbbreviationLexicon.Kind.MAY_END, kind("P.M"));
        assertEquals(AbbreviationLexicon.Kind.MAY_END, kind("Ill"));
        assertNull(kind("ill"));
        assertNull(kind("said"));
    }

    @Test
    void placePrefixesAndCurrenciesHaveTheirOwnCategories() {
        assertEquals(AbbreviationLexicon.Kind.PLACE_OR_TITLE, kind("St"));
        assertEquals(AbbreviationLexicon.Kind.PLACE_OR_TITLE, kind("Dr"));
        assertEquals(AbbreviationLexicon.Kind.BEFORE_NUMBER, kind("Rs"));
        assertEquals(AbbreviationLexicon.Kind.BEFORE_NUMBER, kind("Dhs"));
        assertEquals(AbbreviationLexicon.Kind.BEFORE_NUMBER, kind("SR"));
        assertEquals(AbbreviationLexicon.Kind.MAY_END, kind("Sr"));
        assertNull(kind("rs"));
    }

    @Test
    void unlistedDottedAcronymsMayEnd() {
        assertEquals(AbbreviationLexicon.Kind.MAY_END, kind("N.Y"));
        assertNull(kind("example.com"));
    }
}
