package dev.sentag.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A document read from some input and segmented, not yet stored. {@code excluded} holds the indexes of
 * sentences that start out excluded (web residue); {@code metadata} is what the source said about the
 * article (url, date, id, ...), stored as a JSON object.
 */
public record DocumentDraft(String title, String source, String text, List<SentenceSpan> sentences,
                            Set<Integer> excluded, Map<String, Object> metadata) {
    public DocumentDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        excluded = Set.copyOf(excluded);
        metadata = Map.copyOf(metadata);
        if (title.isBlank()) {
            throw new IllegalArgumentException("a document needs a title");
        }
        for (SentenceSpan s : sentences) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("sentence " + s + " runs past the text");
            }
        }
        for (int i : excluded) {
            if (i < 0 || i >= sentences.size()) {
                throw new IllegalArgumentException("excluded sentence " + i + " is not in the document");
            }
        }
    }

    /** A draft with every sentence included and no metadata. */
    public DocumentDraft(String title, String source, String text, List<SentenceSpan> sentences) {
        this(title, source, text, sentences, Set.of(), Map.of());
    }

    /** This draft with other excluded sentences. */
    public DocumentDraft withExcluded(Set<Integer> indexes) {
        return new DocumentDraft(title, source, text, sentences, indexes, metadata);
    }
}
