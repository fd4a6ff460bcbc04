package dev.sentag.model;

import java.time.Instant;

/** One version of the codebook: its number, when and by whom it was made, and what changed. */
public record CodebookVersion(int version, Instant at, String who, String change) {
}
