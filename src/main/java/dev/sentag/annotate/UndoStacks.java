package dev.sentag.annotate;

import dev.sentag.model.HistoryEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo stacks of one annotator, rebuilt by replaying the append-only history: a command
 * row (TAG, MERGE, SPLIT, EXCLUDE, INCLUDE) pushes onto undo and empties redo, an UNDO row moves its target to redo, a REDO row moves it back.
 */
final class UndoStacks {
    private final Deque<HistoryEntry> undo = new ArrayDeque<>();
    private final Deque<HistoryEntry> redo = new ArrayDeque<>();
    private final java.util.Map<Long, HistoryEntry> commandsById = new java.util.HashMap<>();

    static UndoStacks replay(Iterable<HistoryEntry> history) {
        UndoStacks stacks = new UndoStacks();
        history.forEach(stacks::record);
        return stacks;
    }

    /** Applies one history row to the stacks. */
    void record(HistoryEntry entry) {
        switch (entry.action()) {
            case TAG, MERGE, SPLIT, EXCLUDE, INCLUDE, BATCH, DELETE, UNDELETE, RENAME, CODEBOOK, LINK, UNLINK, SPEAKER -> {
                commandsById.put(entry.id(), entry);
                undo.push(entry);
                redo.clear();
            }
            case UNDO -> move(entry.reverts(), undo, redo);
            case REDO -> move(entry.reverts(), redo, undo);
        }
    }

    private void move(Long targetId, Deque<HistoryEntry> from, Deque<HistoryEntry> to) {
        HistoryEntry target = commandsById.get(targetId);
        if (target != null && from.remove(target)) {
            to.push(target);
        }
    }

    /** The command the next undo reverts. */
    Optional<HistoryEntry> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The command the next redo re-applies. */
    Optional<HistoryEntry> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }
}
