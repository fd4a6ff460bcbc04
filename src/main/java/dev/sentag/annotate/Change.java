package dev.sentag.annotate;

/**
 * What an undo, redo, merge or split changed, so a view can show it: the document, the sentence to put
 * the cursor on (-1 if the sentence is no longer current), its label after the change, whether the
 * document's sentences themselves changed (and must be reloaded), and how many annotators' differing
 * labels a merge could not carry over. {@code codebook} describes an undone or redone codebook change
 * (a rename or merge of labels; then there is no document, and documentId is 0), else it is null.
 */
public record Change(long documentId, int index, Long labelId, boolean sentencesChanged, int tagsNotCarried,
                     String codebook) {
    public Change(long documentId, int index, Long labelId, boolean sentencesChanged, int tagsNotCarried) {
        this(documentId, index, labelId, sentencesChanged, tagsNotCarried, null);
    }

    /** True if this undid or redid a change of the codebook: labels, keys and maybe every document's tags moved. */
    public boolean isCodebook() {
        return codebook != null;
    }
}
