package dev.sentag.annotate;

import dev.sentag.model.HistoryEntry.Action;
import dev.sentag.model.SentencePlace;
import dev.sentag.store.CheckedTag;
import dev.sentag.store.DocumentRepository;
import dev.sentag.store.TagRepository;

/**
 * The write of {@link AnnotationService#tag(long, Long, Boolean)}. A label goes through the store's checked path: the
 * checks (sentence current, label active) and the writes in one atomic step, one statement on PostgreSQL, so the
 * keypress makes no round trips of its own before it; clearing a label (rare) looks the sentence up first.
 */
final class TagWrite {
    private TagWrite() {
    }

    static TagOutcome apply(DocumentRepository documents, TagRepository tags, long annotatorId, long sentenceId,
                            Long labelId, Boolean unsure) {
        if (labelId == null) {
            SentencePlace sentence = documents.place(sentenceId).orElseThrow(() -> noSentence(sentenceId));
            return new TagOutcome(sentence, tags.setLabel(sentenceId, annotatorId, null, unsure, Action.TAG, null));
        }
        CheckedTag done = tags.tagChecked(sentenceId, annotatorId, labelId, unsure);
        if (done.refusal() == CheckedTag.Refusal.NO_SENTENCE) {
            throw noSentence(sentenceId);
        }
        if (done.refusal() == CheckedTag.Refusal.LABEL_NOT_ACTIVE) {
            throw new IllegalArgumentException("No label with id " + labelId + " in the active label set.");
        }
        return new TagOutcome(done.place(), done.entry());
    }

    private static IllegalArgumentException noSentence(long sentenceId) {
        return new IllegalArgumentException("No sentence with id " + sentenceId + ".");
    }
}
