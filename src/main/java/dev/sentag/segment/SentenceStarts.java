package dev.sentag.segment;

/**
 * Whether a sentence may start at a given character after ". ? !" and whitespace. Anything but a
 * lower-case letter, a dash or clause punctuation may ({@link Tokens#canStartSentence}); a word
 * beginning with a lower-case letter may only when it is a name written that way:
 * <ul>
 *   <li>camel case: a short lower-case prefix followed by a capital in the same word
 *       ("iPhone", "eBay", "mRNA", "iOS", "macOS"), or by a digit ("o1", "x86");</li>
 *   <li>a listed lower-case name ({@code lowercase_names.txt}: "npm", "adidas");</li>
 *   <li>family-name particles followed by a capitalised word ({@code name_particles.txt}:
 *       "de Blasio", "van der Leyen", "al-Assad", "d'Alema").</li>
 * </ul>
 * Every other lower-case word continues the sentence (the period was an abbreviation's).
 */
final class SentenceStarts {

    /** Longest lower-case prefix of a camel-case name ("vision" of "visionOS"). */
    private static final int MAX_CAMEL_PREFIX = 8;
    /** Most particles before the capitalised part of a name ("van der Berg", "de la Cruz"). */
    private static final int MAX_PARTICLES = 3;

    private final WordSet lowercaseNames;
    private final WordSet particles;

    SentenceStarts(WordSet lowercaseNames, WordSet particles) {
        this.lowercaseNames = lowercaseNames;
        this.particles = particles;
    }

    /** Whether a sentence may start at {@code at} (the first character after spaces and openers). */
    boolean canStart(CharSequence text, int at, int to) {
        char c = text.charAt(at);
        if (Tokens.canStartSentence(c)) {
            return true;
        }
        return Character.isLowerCase(c) && isLowercaseName(text, at, to);
    }

    /** Whether a name written with a lower-case initial begins at {@code at}. */
    boolean isLowercaseName(CharSequence text, int at, int to) {
        int end = lowercaseRun(text, at, to);
        if (end == at) {
            return false;
        }
        if (end < to && end - at <= MAX_CAMEL_PREFIX
                && (isCapital(text.charAt(end)) || Character.isDigit(text.charAt(end)))) {
            return true; // "iPhone", "mRNA"; "o1", "x86" read like a number, which may start one too
        }
        if (end < to && Character.isLetter(text.charAt(end))) {
            return false;
        }
        if (lowercaseNames.contains(text, at, end)) {
            return true;
        }
        int k = at;
        for (int n = 0; n < MAX_PARTICLES && particles.contains(text, k, end); n++) {
            if (end + 1 >= to || !isNameJoiner(text.charAt(end))) {
                return false;
            }
            k = end + 1;
            if (isCapital(text.charAt(k))) {
                return true; // "de Blasio", "al-Assad", "d'Alema"
            }
            end = lowercaseRun(text, k, to);
        }
        return false;
    }

    /** End of the run of lower-case letters from {@code at}, at most one token long. */
    private static int lowercaseRun(CharSequence text, int at, int to) {
        int end = at;
        int limit = Math.min(to, at + Tokens.MAX_TOKEN);
        while (end < limit && Character.isLowerCase(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isNameJoiner(char c) {
        return c == ' ' || c == '-' || c == '\'' || c == '\u2019';
    }

    private static boolean isCapital(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }
}
