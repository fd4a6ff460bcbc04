package dev.sentag.export;

import dev.sentag.model.AnnotatedDocument;
import dev.sentag.model.AnnotatedSentence;
import java.util.List;

/**
 * A document as one export sees it: the whole document (text and every sentence, for span formats and
 * context) and the sentences the options selected.
 */
public record ExportedDocument(AnnotatedDocument document, List<AnnotatedSentence> selected) {
    public ExportedDocument {
        selected = List.copyOf(selected);
    }

    /** The text of the sentence {@code delta} places from {@code s} in the document, or null past either end. */
    String neighbourText(AnnotatedSentence s, int delta) {
        List<AnnotatedSentence> all = document.sentences();
        int i = s.index() + delta;
        // idx is the position among current sentences, so it indexes the list; checked in case of a gap.
        if (i < 0 || i >= all.size() || all.get(i).index() != i) {
            return null;
        }
        return all.get(i).text();
    }
}
