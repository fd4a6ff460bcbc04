package dev.sentag.annotate;

import dev.sentag.model.Document;
import dev.sentag.model.Sentence;
import dev.sentag.model.Tag;
import java.util.List;
import java.util.Map;

/** A document loaded for tagging: its text, its sentences, and the current annotator's tags by sentence id. */
public record OpenDocument(Document document, List<Sentence> sentences, Map<Long, Tag> tags) {
    public OpenDocument {
        sentences = List.copyOf(sentences);
        tags = Map.copyOf(tags);
    }
}
