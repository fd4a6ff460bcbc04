package dev.sentag.model;

import java.time.Instant;

/** The current tag of one sentence by one annotator; {@code labelId} is null when only a note is kept. */
public record Tag(long sentenceId, long annotatorId, Long labelId, String note, Instant createdAt, Instant updatedAt) {
}
