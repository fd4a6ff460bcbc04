package dev.sentag.store;

/**
 * What the user typed, made into an FTS5 query. Quoted phrases, AND / OR / NOT, parentheses and prefix* pass
 * through; a bare word holding punctuation FTS5 would choke on (long-range, Pakistan's, U.S.) is quoted, so it
 * matches as the phrase of its parts instead of being a syntax error. What is still malformed (an unclosed quote,
 * a dangling OR) is left for FTS5 to refuse.
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

    /**
     * What the user typed, for PostgreSQL's {@code websearch_to_tsquery}: quoted phrases and OR pass through, AND is
     * what it does between words anyway, {@code NOT word} becomes {@code -word}; parentheses and the prefix star have
     * no counterpart there and are dropped. It never fails to parse.
     */
    static String forPostgres(String typed) {
        // websearch_to_tsquery takes anything; refuse what FTS5 refuses, so a query means the same on both.
        if (typed.chars().filter(ch -> ch == '"').count() % 2 == 1) {
            throw malformed(typed, "unterminated string");
        }
        String[] words = typed.strip().split("\\s+");
        for (String edge : new String[] {words[0], words[words.length - 1]}) {
            if (edge.equals("OR") || edge.equals("AND") || (edge.equals("NOT") && edge == words[words.length - 1])) {
                throw malformed(typed, "syntax error at " + edge);
            }
        }
        StringBuilder out = new StringBuilder();
        boolean negate = false;
        for (String token : typed.replace("(", " ").replace(")", " ").split("\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (token.isEmpty() || token.equals("AND")) {
                continue;
            }
            if (token.equals("NOT")) {
                negate = true;
                continue;
            }
            String t = token.endsWith("*") && !token.startsWith("\"") ? token.substring(0, token.length() - 1) : token;
            out.append(out.length() == 0 ? "" : " ").append(negate ? "-" : "").append(t);
            negate = false;
        }
        return out.toString();
    }

    private static IllegalArgumentException malformed(String typed, String reason) {
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
