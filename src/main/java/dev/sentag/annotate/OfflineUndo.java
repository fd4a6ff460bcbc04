package dev.sentag.annotate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo while changes wait for the server: the undo stacks the server will build when the waiting changes
 * are written, as far as they are made of those changes. Rebuilt from the journal each time (so it holds after a
 * crash too), by the same rules as {@link UndoStacks}: a tag, link or speaker pushes onto undo and empties redo, an
 * undo moves the latest command to redo, a redo moves it back. A tag or speaker (kept with the label or name it
 * replaced) or a link can be taken back offline; with nothing kept, the undo must wait for the server.
 */
final class OfflineUndo {
    private final Deque<OutageChange> undo = new ArrayDeque<>();
    private final Deque<OutageChange> redo = new ArrayDeque<>();

    /** The stacks made by the waiting {@code changes} (oldest first) of annotator {@code who} (null: the session's). */
    static OfflineUndo of(List<OutageChange> changes, String who) {
        OfflineUndo stacks = new OfflineUndo();
        changes.stream().filter(c -> Objects.equals(c.annotator(), who)).forEach(stacks::record);
        return stacks;
    }

    private void record(OutageChange change) {
        switch (change.kind()) {
            case TAG, LINK, UNLINK, SPEAKER -> {
                undo.push(change);
                redo.clear();
            }
            case UNDO -> move(undo, redo);
            case REDO -> move(redo, undo);
            case NOTE, UNSURE -> { } // like online: notes and unsure marks are not part of undo
        }
    }

    private static void move(Deque<OutageChange> from, Deque<OutageChange> to) {
        if (!from.isEmpty()) {
            to.push(from.pop());
        }
    }

    /** The kept command the next undo ({@code forward} false) or redo takes back or makes again, if any. */
    Optional<OutageChange> next(boolean forward) {
        return Optional.ofNullable(forward ? redo.peek() : undo.peek());
    }
}
