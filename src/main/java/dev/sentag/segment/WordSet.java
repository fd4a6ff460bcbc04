package dev.sentag.segment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** An immutable set of words looked up directly in the text, case-sensitively or not. */
final class WordSet {

    private final TokenTable<Boolean> words;

    private WordSet(TokenTable<Boolean> words) {
        this.words = words;
    }

    /** Loads resource {@code name}, one word a line. */
    static WordSet load(String name, boolean caseSensitive) {
        Map<String, Boolean> words = new HashMap<>();
        for (String line : LexiconResource.lines(name)) {
            words.put(caseSensitive ? line : line.toLowerCase(Locale.ROOT), Boolean.TRUE);
        }
        return new WordSet(new TokenTable<>(words, !caseSensitive));
    }

    /** Whether text[start, end) is in the set. */
    boolean contains(CharSequence text, int start, int end) {
        return start < end && words.get(text, start, end) != null;
    }
}
