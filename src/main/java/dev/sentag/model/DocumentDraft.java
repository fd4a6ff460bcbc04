package dev.sentag.model;

import java.util.List;
import java.util.Objects;

/** A document read from some input and segmented, not yet stored. */
public record DocumentDraft(String title, String source, String text, List<SentenceSpan> sentences) {
    public DocumentDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        if (title.isBlank()) {
            throw new IllegalArgumentException("a document needs a title");
        }
        for (SentenceSpan s : sentences) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("sentence " + s + " runs past the text");
            }
        }
    }
}
