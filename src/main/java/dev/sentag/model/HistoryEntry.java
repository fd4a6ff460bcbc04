package dev.sentag.model;

import java.time.Instant;
import java.util.Objects;

/** One row of the append-only tag history. {@code reverts} names the TAG entry an UNDO or REDO acts on. */
public record HistoryEntry(long id, long sentenceId, long annotatorId, Long oldLabelId, Long newLabelId,
                           Action action, Long reverts, Instant at) {
    /** What kind of change a history row records. */
    public enum Action { TAG, UNDO, REDO }

    public HistoryEntry {
        Objects.requireNonNull(action, "action");
        if (action != Action.TAG && reverts == null) {
            throw new IllegalArgumentException(action + " must name the entry it acts on");
        }
    }
}
