package dev.sentag.model;

/**
 * Where a current sentence is (its document and position) without its text: what the tagging path needs,
 * so a tag on a megabyte-long article does not read the article.
 */
public record SentencePlace(long id, long documentId, int index, boolean excluded) {
    public SentencePlace {
        if (index < 0) {
            throw new IllegalArgumentException("bad sentence index " + index);
        }
    }
}
