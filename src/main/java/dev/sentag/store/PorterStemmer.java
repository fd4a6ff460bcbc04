package dev.sentag.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * M. F. Porter's stemmer (1980, with the later "logi" and "bli" rules) as SQLite's FTS5 {@code porter} tokenizer
 * applies it: to the UTF-8 bytes of a token already folded to lower case, only when the token is 3 to 64 bytes long,
 * every byte that is not a, e, i, o, u (or y after a consonant) counting as a consonant. Written here so that a
 * PostgreSQL library stems exactly as a library file does (PostgreSQL's own English stemmer is Porter's second
 * algorithm, which stems differently: "news" stays "news" there but becomes "new" in FTS5).
 */
final class PorterStemmer {
    private static final int MAX_BYTES = 64;

    private byte[] b;
    private int n;

    private PorterStemmer(byte[] word) {
        this.b = Arrays.copyOf(word, word.length + 1);
        this.n = word.length;
    }

    /** The stem of {@code token} (lower case, as unicode61 folds it). */
    static String stem(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 3 || bytes.length > MAX_BYTES) {
            return token;
        }
        PorterStemmer s = new PorterStemmer(bytes);
        s.run();
        return new String(s.b, 0, s.n, StandardCharsets.UTF_8);
    }

    private void run() {
        step1a();
        if (step1b()) {
            step1bTidy();
        }
        if (endsWith("y") && hasVowel(n - 1)) {
            b[n - 1] = 'i';
        }
        replaceFirst(STEP2, 0);
        replaceFirst(STEP3, 0);
        step4();
        if (endsWith("e") && (measureAbove(n - 1, 1) || (measureIsOne(n - 1) && !cvc(n - 1)))) {
            n--;
        }
        if (n > 1 && b[n - 1] == 'l' && b[n - 2] == 'l' && measureAbove(n - 1, 1)) {
            n--;
        }
    }

    private static boolean vowel(byte c, boolean yIsVowel) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (yIsVowel && c == 'y');
    }

    /**
     * The length of the shortest prefix of {@code b[from, to)} holding a vowel followed by a consonant ("VC"), or 0
     * if there is none; {@code afterConsonant}: whether the byte before {@code from} was a consonant.
     */
    private int vowelConsonant(int from, int to, boolean afterConsonant) {
        boolean consonant = afterConsonant;
        int i = from;
        while (i < to) {
            consonant = !vowel(b[i], consonant);
            i++;
            if (!consonant) {
                break;
            }
        }
        if (consonant) {
            return 0;
        }
        while (i < to) {
            consonant = !vowel(b[i], consonant);
            i++;
            if (consonant) {
                return i - from;
            }
        }
        return 0;
    }

    /** m &gt; limit (limit 0 or 1) for the stem {@code b[0, length)}. */
    private boolean measureAbove(int length, int limit) {
        int first = vowelConsonant(0, length, false);
        if (first == 0) {
            return false;
        }
        return limit == 0 || vowelConsonant(first, length, true) > 0;
    }

    private boolean measureIsOne(int length) {
        int first = vowelConsonant(0, length, false);
        return first > 0 && vowelConsonant(first, length, true) == 0;
    }

    /** *v*: the stem holds a vowel (y counts from the second byte on). */
    private boolean hasVowel(int length) {
        for (int i = 0; i < length; i++) {
            if (vowel(b[i], i > 0)) {
                return true;
            }
        }
        return false;
    }

    /** *o: the stem ends consonant, vowel, consonant, the last not w, x or y. */
    private boolean cvc(int length) {
        if (length < 1) {
            return false;
        }
        byte last = b[length - 1];
        if (last == 'w' || last == 'x' || last == 'y') {
            return false;
        }
        int pattern = 0;
        boolean consonant = false;
        for (int i = 0; i < length; i++) {
            consonant = !vowel(b[i], consonant);
            pattern = (pattern << 1) | (consonant ? 1 : 0);
        }
        return (pattern & 7) == 5 && length >= 3;
    }

    private boolean endsWith(String suffix) {
        int k = suffix.length();
        if (n < k) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (b[n - k + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Ends with {@code suffix} and leaves at least one byte before it. */
    private boolean endsAfterStem(String suffix) {
        return n > suffix.length() && endsWith(suffix);
    }

    private void setEnd(int stem, String replacement) {
        if (stem + replacement.length() > b.length) {
            b = Arrays.copyOf(b, stem + replacement.length() + 1);
        }
        for (int i = 0; i < replacement.length(); i++) {
            b[stem + i] = (byte) replacement.charAt(i);
        }
        n = stem + replacement.length();
    }

    private void step1a() {
        if (b[n - 1] != 's') {
            return;
        }
        if (b[n - 2] == 'e') {
            boolean sses = n > 4 && b[n - 4] == 's' && b[n - 3] == 's';
            boolean ies = n > 3 && b[n - 3] == 'i';
            n -= sses || ies ? 2 : 1;
        } else if (b[n - 2] != 's') {
            n--;
        }
    }

    /** Step 1b's first part; true when "ed" or "ing" went (the tidying part follows then). */
    private boolean step1b() {
        if (endsAfterStem("eed")) {
            if (measureAbove(n - 3, 0)) {
                n--;
            }
            return false;
        }
        for (String suffix : new String[] {"ed", "ing"}) {
            if (endsAfterStem(suffix)) {
                if (hasVowel(n - suffix.length())) {
                    n -= suffix.length();
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    private void step1bTidy() {
        for (String[] rule : new String[][] {{"at", "ate"}, {"bl", "ble"}, {"iz", "ize"}}) {
            if (endsAfterStem(rule[0])) {
                setEnd(n - rule[0].length(), rule[1]);
                return;
            }
        }
        if (n < 2) {
            return;
        }
        byte last = b[n - 1];
        if (!vowel(last, false) && last != 'l' && last != 's' && last != 'z' && last == b[n - 2]) {
            n--;
        } else if (measureIsOne(n) && cvc(n)) {
            setEnd(n, "e");
        }
    }

    /** Steps 2 and 3: suffix, replacement; the first suffix the word ends with is the only one tried (m &gt; 0). */
    private static final String[][] STEP2 = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"}, {"logi", "log"},
        {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"}, {"ization", "ize"},
        {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"},
        {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
    };
    private static final String[][] STEP3 = {
        {"ical", "ic"}, {"ness", ""}, {"icate", "ic"}, {"iciti", "ic"}, {"ful", ""}, {"ative", ""}, {"alize", "al"},
    };
    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    };

    private void replaceFirst(String[][] rules, int measure) {
        for (String[] rule : rules) {
            if (endsAfterStem(rule[0])) {
                int stem = n - rule[0].length();
                if (measureAbove(stem, measure)) {
                    setEnd(stem, rule[1]);
                }
                return;
            }
        }
    }

    private void step4() {
        for (String suffix : STEP4) {
            if (endsAfterStem(suffix)) {
                int stem = n - suffix.length();
                boolean ok = measureAbove(stem, 1);
                if (suffix.equals("ion")) {
                    ok = ok && (b[stem - 1] == 's' || b[stem - 1] == 't');
                }
                if (ok) {
                    n = stem;
                }
                return;
            }
        }
    }
}
