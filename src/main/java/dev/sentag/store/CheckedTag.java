package dev.sentag.store;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.SentencePlace;

/**
 * What {@link TagRepository#tagChecked} did: the sentence's place and the history entry of the tag it wrote, or why
 * it wrote nothing ({@code refusal}; then {@code entry} is null, and {@code place} too for {@code NO_SENTENCE}).
 */
public record CheckedTag(SentencePlace place, HistoryEntry entry, Refusal refusal) {
    /** Why a checked tag wrote nothing. */
    public enum Refusal {
        /** No current sentence has that id (none ever did, or a repair replaced it). */
        NO_SENTENCE,
        /** The label is not an active (unretired) label of the active label set. */
        LABEL_NOT_ACTIVE
    }

    static CheckedTag refused(SentencePlace place, Refusal refusal) {
        return new CheckedTag(place, null, refusal);
    }
}
