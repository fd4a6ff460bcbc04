package dev.sentag.model;

import java.time.Instant;

/**
 * The current tag of one sentence by one annotator; {@code labelId} is null when only a note is kept.
 * {@code unsure}: the annotator marked the tag as one they are not sure of.
 */
public record Tag(long sentenceId, long annotatorId, Long labelId, String note, Instant createdAt, Instant updatedAt,
                  boolean unsure) {
    /** A tag its annotator is sure of. */
    public Tag(long sentenceId, long annotatorId, Long labelId, String note, Instant createdAt, Instant updatedAt) {
        this(sentenceId, annotatorId, labelId, note, createdAt, updatedAt, false);
    }
}
