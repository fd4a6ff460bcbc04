package dev.sentag.annotate;

import dev.sentag.model.AnnotatorTag;
import dev.sentag.model.Document;
import dev.sentag.model.Sentence;
import dev.sentag.model.Tag;
import java.util.List;
import java.util.Map;

/** A document loaded for tagging: its text, its sentences, the current annotator's tags by sentence id, and the other annotators' tags. */
public record OpenDocument(Document document, List<Sentence> sentences, Map<Long, Tag> tags,
                           List<AnnotatorTag> others) {
    public OpenDocument {
        sentences = List.copyOf(sentences);
        tags = Map.copyOf(tags);
        others = List.copyOf(others);
    }

    /** A document with only the current annotator's tags. */
    public OpenDocument(Document document, List<Sentence> sentences, Map<Long, Tag> tags) {
        this(document, sentences, tags, List.of());
    }
}
