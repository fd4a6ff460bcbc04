package dev.sentag.annotate;

import java.time.Instant;
import java.util.Map;

/** What the window shows about an article besides its text: title, where it came from, when, and its metadata. */
public record DocumentInfo(long id, String title, String source, Instant importedAt, Map<String, Object> metadata) {
    public DocumentInfo {
        metadata = Map.copyOf(metadata);
    }
}
