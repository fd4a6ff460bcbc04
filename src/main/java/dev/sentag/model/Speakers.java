package dev.sentag.model;

/** The rule every speaker name follows: free text, trimmed, 1 to {@value #MAX} characters. */
public final class Speakers {
    public static final int MAX = 200;

    private Speakers() {
    }

    /** The trimmed name, or an exception whose message a user can read. */
    public static String clean(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A speaker name cannot be empty; use --clear to remove a speaker.");
        }
        if (trimmed.length() > MAX) {
            throw new IllegalArgumentException("A speaker name can be at most " + MAX + " characters; this one has "
                    + trimmed.length() + ".");
        }
        return trimmed;
    }

    /** The form two speakers are compared in: trimmed and case-folded. */
    public static String folded(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
