package dev.sentag.annotate;

/**
 * What an undo, redo, merge or split changed, so a view can show it: the document, the sentence to put
 * the cursor on (-1 if the sentence is no longer current), its label after the change, whether the
 * document's sentences themselves changed (and must be reloaded), and how many annotators' differing
 * labels a merge could not carry over.
 */
public record Change(long documentId, int index, Long labelId, boolean sentencesChanged, int tagsNotCarried) {
}
