package dev.sentag.store;

import java.util.ArrayList;
import java.util.List;

/**
 * An FTS5 query (as {@link FullTextQuery#of} makes it) read the way FTS5 reads it and written as a PostgreSQL
 * {@code tsquery} over {@link FindTerms}' terms, so that a team library finds exactly what a library file finds.
 * <ul>
 * <li>A word or "quoted phrase" is its terms in a row ({@code <->}); a star after it makes its last term a prefix
 * ({@code :*}).</li>
 * <li>Phrases side by side must all match; then NOT (binary: {@code a NOT b}), then AND, then OR, each from the
 * left; parentheses group. Phrases next to a parenthesis, a leading NOT or a dangling operator are refused with
 * FTS5's reasons.</li>
 * <li>{@code NEAR (a b)} is refused: tsquery cannot say "within ten words" (README, Find in a team library).</li>
 * <li>A phrase with no terms (only punctuation) counts as FTS5 counts it: left out beside other phrases and in an
 * OR, the whole operand of an AND matching nothing; a query of nothing but such phrases matches nothing.</li>
 * </ul>
 */
final class PostgresTextQuery {
    private final String typed;
    private final List<Token> tokens;
    private int at;

    /** ERROR: what cannot be read from here on (its text says why); like FTS5, met only when parsing reaches it. */
    private enum Kind { PHRASE, STAR, OPEN, CLOSE, AND, OR, NOT, END, ERROR }

    /** {@code text}: a phrase's words (quotes taken off); {@code raw}: the token as written, for error messages. */
    private record Token(Kind kind, String text, String raw) {
        Token(Kind kind, String text) {
            this(kind, text, text);
        }
    }

    private PostgresTextQuery(String typed, List<Token> tokens) {
        this.typed = typed;
        this.tokens = tokens;
    }

    /**
     * The tsquery for what the user typed; empty when nothing can match (a query of punctuation only). A query
     * FTS5 would refuse is an IllegalArgumentException saying why, in the words a library file uses.
     */
    static String of(String typed) {
        PostgresTextQuery q = new PostgresTextQuery(typed, lex(typed, FullTextQuery.of(typed)));
        String out = q.or();
        if (q.peek() != Kind.END) {
            throw q.nearHere();
        }
        return out == null ? "" : out;
    }

    private static List<Token> lex(String typed, String query) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char ch = query.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '"') {
                StringBuilder phrase = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        out.add(new Token(Kind.ERROR, "unterminated string"));
                        return out;
                    }
                    if (query.charAt(j) == '"') {
                        if (j + 1 < n && query.charAt(j + 1) == '"') {
                            phrase.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    phrase.append(query.charAt(j++));
                }
                out.add(new Token(Kind.PHRASE, phrase.toString(), query.substring(i, j + 1)));
                i = j + 1;
            } else if (ch == '(' || ch == ')' || ch == '*') {
                out.add(new Token(ch == '(' ? Kind.OPEN : ch == ')' ? Kind.CLOSE : Kind.STAR, String.valueOf(ch)));
                i++;
            } else if (bareword(ch)) {
                int j = i;
                while (j < n && bareword(query.charAt(j))) {
                    j++;
                }
                String word = query.substring(i, j);
                out.add(switch (word) {
                    case "AND" -> new Token(Kind.AND, word);
                    case "OR" -> new Token(Kind.OR, word);
                    case "NOT" -> new Token(Kind.NOT, word);
                    default -> new Token(Kind.PHRASE, word);
                });
                i = j;
            } else {
                out.add(new Token(Kind.ERROR, "syntax error near \"" + ch + "\""));
                return out;
            }
        }
        out.add(new Token(Kind.END, ""));
        return out;
    }

    /** The characters FTS5 allows in a word outside quotes. */
    private static boolean bareword(char ch) {
        return ch >= 0x80 || Character.isLetterOrDigit(ch) || ch == '_' || ch == 0x1A;
    }

    private Kind peek() {
        Token t = tokens.get(at);
        if (t.kind() == Kind.ERROR) {
            throw FullTextQuery.malformed(typed, t.text());
        }
        return t.kind();
    }

    private IllegalArgumentException nearHere() {
        return near(tokens.get(at).raw());
    }

    private IllegalArgumentException near(String near) {
        return FullTextQuery.malformed(typed, near.isEmpty() ? "syntax error at the end" : "syntax error near \"" + near + "\"");
    }

    private String or() {
        String left = and();
        while (peek() == Kind.OR) {
            at++;
            String right = and();
            left = left == null ? right : right == null ? left : "(" + left + " | " + right + ")";
        }
        return left;
    }

    private String and() {
        String left = not();
        while (peek() == Kind.AND) {
            at++;
            String right = not();
            left = left == null || right == null ? null : "(" + left + " & " + right + ")";
        }
        return left;
    }

    private String not() {
        String left = primary();
        while (peek() == Kind.NOT) {
            at++;
            String right = primary();
            left = left == null ? null : right == null ? left : "(" + left + " & !" + right + ")";
        }
        return left;
    }

    /** A parenthesised query, or phrases side by side (all of them must match). */
    private String primary() {
        if (peek() == Kind.OPEN) {
            at++;
            String inner = or();
            if (peek() != Kind.CLOSE) {
                throw nearHere();
            }
            at++;
            return inner;
        }
        if (peek() != Kind.PHRASE) {
            throw nearHere();
        }
        List<String> all = new ArrayList<>();
        while (peek() == Kind.PHRASE) {
            Token token = tokens.get(at++);
            if (peek() == Kind.OPEN) {
                throw nearGroup(token);
            }
            String words = token.text();
            boolean prefix = peek() == Kind.STAR;
            if (prefix) {
                at++;
            }
            String phrase = phrase(FindTerms.stemmed(words), prefix);
            if (phrase != null) {
                all.add(phrase);
            }
        }
        if (peek() == Kind.OPEN) {
            throw nearHere();
        }
        return all.isEmpty() ? null : all.size() == 1 ? all.get(0) : "(" + String.join(" & ", all) + ")";
    }

    /**
     * A word followed by a bracket is FTS5's NEAR group, {@code NEAR (a b)}: phrases within ten words of each other.
     * tsquery has no such operator (only exact distances), so a team library refuses it; what FTS5 refuses here is
     * refused with its reason (near the first token that is not a phrase, or near the word if it is not NEAR).
     */
    private IllegalArgumentException nearGroup(Token name) {
        at++;
        if (peek() == Kind.CLOSE) {
            return nearHere();
        }
        while (peek() == Kind.PHRASE) {
            at++;
            if (peek() == Kind.STAR) {
                at++;
            }
        }
        if (peek() != Kind.CLOSE) {
            return nearHere();
        }
        at++;
        peek(); // FTS5 reads the token after the bracket before it looks at the name: an unclosed quote there wins
        if (!name.raw().equals("NEAR")) {
            return near(name.raw());
        }
        return FullTextQuery.malformed(typed, "NEAR (…) is not available in a team library (PostgreSQL), only in a"
                + " library file");
    }

    /** Terms in a row; null for none. */
    private static String phrase(List<String> terms, boolean prefix) {
        if (terms.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            out.append(i == 0 ? "" : " <-> ").append(FindTerms.lexeme(terms.get(i)));
        }
        if (prefix) {
            out.append(":*");
        }
        return terms.size() == 1 ? out.toString() : "(" + out + ")";
    }
}
