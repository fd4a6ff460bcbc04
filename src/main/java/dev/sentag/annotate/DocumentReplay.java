package dev.sentag.annotate;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import dev.sentag.store.DocumentTrash;
import dev.sentag.store.TagBatches;

/** Undo and redo of changes to whole documents: a batch of gold labels, a deletion to the trash, a rename. */
final class DocumentReplay {
    private DocumentReplay() {
    }

    static boolean handles(Action action) {
        return action == Action.BATCH || action == Action.DELETE || action == Action.UNDELETE || action == Action.RENAME;
    }

    static Change replay(HistoryEntry target, boolean forward, long annotatorId, TagBatches batches, DocumentTrash trash,
                         UndoStacks stacks) {
        Action action = forward ? Action.REDO : Action.UNDO;
        if (target.action() == Action.BATCH) {
            var applied = batches.replay(target, forward, annotatorId);
            stacks.record(applied.entry());
            return new Change(applied.firstDocument(), -1, null, true, 0);
        }
        if (target.action() == Action.RENAME) {
            var retitle = trash.retitle(target.id(), forward);
            stacks.record(trash.rename(retitle.documentId(), retitle.title(), annotatorId, action, target.id()));
            return new Change(retitle.documentId(), -1, null, true, 0);
        }
        long doc = trash.documentOf(target.id());
        stacks.record(trash.setDeleted(doc, (target.action() == Action.DELETE) == forward, annotatorId, action, target.id()));
        return new Change(doc, -1, null, true, 0);
    }
}
