package dev.sentag.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms find matches on, made in Java the way SQLite's FTS5 tokenizer {@code porter unicode61 remove_diacritics 2}
 * makes them (V007), so that a PostgreSQL library finds what a library file finds whatever the server has installed
 * (no unaccent, no text search configuration, no locale): a term is a run of letters, digits and private-use
 * characters (combining accents inside a run belong to it), folded to lower case with the accents of Latin letters
 * taken off ("Généralitat" is "generalitat"), then stemmed by {@link PorterStemmer}.
 */
final class FindTerms {
    /** PostgreSQL refuses lexemes from 2 KB on; FTS5 has no limit. A term that long is no word anyone searches for. */
    private static final int MAX_LEXEME_CHARS = 500;

    private FindTerms() {
    }

    /** The terms of {@code text} in order (before stemming: {@link #stemmed}). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isTokenChar(cp) || (word.length() > 0 && isDiacritic(cp))) {
                fold(cp, word);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /** The stemmed terms of {@code text} in order, as FTS5 indexes them. */
    static List<String> stemmed(String text) {
        List<String> words = words(text);
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(PorterStemmer.stem(w));
        }
        return out;
    }

    /**
     * {@code text} as a PostgreSQL {@code tsvector} literal: each stemmed term with its positions (1, 2, …), so that
     * phrases match consecutive terms as in FTS5. Empty text is the empty vector.
     */
    static String tsvector(String text) {
        List<String> terms = stemmed(text);
        StringBuilder out = new StringBuilder();
        int position = 0;
        for (String term : terms) {
            position++;
            if (term.length() > MAX_LEXEME_CHARS) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(lexeme(term)).append(':').append(Math.min(position, 16383));
        }
        return out.toString();
    }

    /** A term quoted for a tsvector or tsquery literal. */
    static String lexeme(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** unicode61's token characters: the categories L*, N* and Co. */
    private static boolean isTokenChar(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE:
                return true;
            default:
                return false;
        }
    }

    /** The combining accents unicode61 keeps inside a token and then drops. */
    private static boolean isDiacritic(int cp) {
        return cp >= 0x300 && cp <= 0x36F;
    }

    /** Appends {@code cp} folded: lower case, a Latin letter without its accents, a lone accent not at all. */
    private static void fold(int cp, StringBuilder into) {
        if (isDiacritic(cp)) {
            return;
        }
        if (cp < 0x80) {
            into.append((char) Character.toLowerCase(cp));
            return;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (decomposed.length() > 1 && base < 0x80 && Character.isLetter(base)
                && decomposed.codePoints().skip(1).allMatch(FindTerms::isDiacritic)) {
            into.append(Character.toLowerCase(base));
        } else {
            into.appendCodePoint(Character.toLowerCase(cp));
        }
    }
}
