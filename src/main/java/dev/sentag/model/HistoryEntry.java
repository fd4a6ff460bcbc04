package dev.sentag.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the append-only history: a label change (TAG, with its sentence and old and new label),
 * a sentence repair (MERGE or SPLIT, with its repair), or a change that names neither (BATCH: many label
 * changes made as one command; DELETE and UNDELETE of a document; RENAME). {@code reverts} names the row an
 * UNDO or REDO acts on.
 */
public record HistoryEntry(long id, Long sentenceId, Long repairId, long annotatorId, Long oldLabelId,
                           Long newLabelId, Action action, Long reverts, Instant at, LinkDetail link) {
    /**
     * What a LINK, UNLINK or SPEAKER row (and the UNDO and REDO rows acting on one) changed: the link's target and
     * type, or the speaker before and after (null for none).
     */
    public record LinkDetail(Long toSentenceId, Long relationTypeId, String oldSpeaker, String newSpeaker) {
    }

    /** What kind of change a history row records. */
    public enum Action {
        TAG, MERGE, SPLIT, EXCLUDE, INCLUDE, LINK, UNLINK, SPEAKER, UNDO, REDO, BATCH, DELETE, UNDELETE, RENAME,
        /** A rename or merge of labels in the codebook: names neither a sentence nor a repair. */
        CODEBOOK;

        /** True for the rows that do something new (and so can be undone), false for UNDO and REDO. */
        public boolean isCommand() {
            return this != UNDO && this != REDO;
        }

        /** True for the commands on links and speakers. */
        public boolean isLinkOrSpeaker() {
            return this == LINK || this == UNLINK || this == SPEAKER;
        }
    }

    /** A row without link or speaker detail. */
    public HistoryEntry(long id, Long sentenceId, Long repairId, long annotatorId, Long oldLabelId, Long newLabelId,
                        Action action, Long reverts, Instant at) {
        this(id, sentenceId, repairId, annotatorId, oldLabelId, newLabelId, action, reverts, at, null);
    }

    public HistoryEntry {
        Objects.requireNonNull(action, "action");
        if (!action.isCommand() && reverts == null) {
            throw new IllegalArgumentException(action + " must name the entry it acts on");
        }
        if (sentenceId != null && repairId != null) {
            throw new IllegalArgumentException("a history entry is about one sentence, one repair or neither");
        }
    }

    /** A label change on a sentence. */
    public static HistoryEntry labelChange(long id, long sentenceId, long annotatorId, Long oldLabelId,
                                           Long newLabelId, Action action, Long reverts, Instant at) {
        return new HistoryEntry(id, sentenceId, null, annotatorId, oldLabelId, newLabelId, action, reverts, at);
    }

    /** A row about neither one sentence nor one repair: a batch of label changes, or a whole document. */
    public static HistoryEntry command(long id, long annotatorId, Action action, Long reverts, Instant at) {
        return new HistoryEntry(id, null, null, annotatorId, null, null, action, reverts, at);
    }

    /** True if this row is about a merge or split rather than a label. */
    public boolean isRepair() {
        return repairId != null;
    }
}
