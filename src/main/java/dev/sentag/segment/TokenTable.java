package dev.sentag.segment;

import java.util.Map;

/**
 * An immutable open-addressing map from short strings to values, looked up directly on a range of
 * a CharSequence without building a String: the scanner queries it at every period, so the lookup
 * must not allocate. Keys are matched either exactly or ignoring (ASCII and simple Unicode) case.
 */
final class TokenTable<V> {

    private final String[] keys;
    private final Object[] values;
    private final boolean ignoreCase;
    private final int mask;

    /** Builds the table; with {@code ignoreCase} the keys must already be lowercase. */
    TokenTable(Map<String, V> entries, boolean ignoreCase) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        this.keys = new String[capacity];
        this.values = new Object[capacity];
        this.ignoreCase = ignoreCase;
        this.mask = capacity - 1;
        for (Map.Entry<String, V> entry : entries.entrySet()) {
            String key = entry.getKey();
            int slot = hash(key, 0, key.length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = entry.getValue();
        }
    }

    /** The value for text[start, end), or null. */
    @SuppressWarnings("unchecked")
    V get(CharSequence text, int start, int end) {
        int slot = hash(text, start, end) & mask;
        String key;
        while ((key = keys[slot]) != null) {
            if (matches(key, text, start, end)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + fold(text.charAt(k));
        }
        return h ^ (h >>> 16);
    }

    private boolean matches(String key, CharSequence text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != fold(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private char fold(char c) {
        if (!ignoreCase) {
            return c;
        }
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }
}
