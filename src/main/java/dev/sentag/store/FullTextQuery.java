package dev.sentag.store;

/**
 * What the user typed, made into an FTS5 query. Quoted phrases, AND / OR / NOT, parentheses and prefix* pass
 * through; a bare word holding punctuation FTS5 would choke on (long-range, Pakistan's, U.S.) is quoted, so it
 * matches as the phrase of its parts instead of being a syntax error. What is still malformed (an unclosed quote,
 * a dangling OR) is left for FTS5 to refuse. A PostgreSQL library reads the same query: {@link PostgresTextQuery}.
 */
final class FullTextQuery {
    private FullTextQuery() {
    }

    static String of(String typed) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = typed.length();
        while (i < n) {
            char ch = typed.charAt(i);
            if (Character.isWhitespace(ch)) {
                out.append(ch);
                i++;
            } else if (ch == '"') {
                int close = typed.indexOf('"', i + 1);
                int end = close < 0 ? n : close + 1;
                out.append(typed, i, end);
                i = end;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(typed.charAt(end)) && typed.charAt(end) != '"') {
                    end++;
                }
                out.append(word(typed.substring(i, end)));
                i = end;
            }
        }
        return out.toString();
    }

    /** The one-line refusal of a query that cannot be read, the same on both backends. */
    static IllegalArgumentException malformed(String typed, String reason) {
        return new IllegalArgumentException("Cannot search for '" + typed + "': " + reason
                + ". Use words, \"quoted phrases\", AND, OR, NOT.");
    }

    private static String word(String w) {
        String core = w;
        int open = 0;
        while (core.startsWith("(")) {
            core = core.substring(1);
            open++;
        }
        int close = 0;
        while (core.endsWith(")")) {
            core = core.substring(0, core.length() - 1);
            close++;
        }
        boolean prefix = core.endsWith("*") && core.length() > 1;
        String body = prefix ? core.substring(0, core.length() - 1) : core;
        if (!body.isEmpty() && !body.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '_')) {
            core = "\"" + body + "\"" + (prefix ? "*" : "");
        }
        return "(".repeat(open) + core + ")".repeat(close);
    }
}
