package dev.sentag.model;

/** A change of one sentence's label by one annotator: what undo reverses and redo re-applies. */
public record TagChange(long sentenceId, long annotatorId, Long oldLabelId, Long newLabelId) {
    public TagChange inverse() {
        return new TagChange(sentenceId, annotatorId, newLabelId, oldLabelId);
    }
}
