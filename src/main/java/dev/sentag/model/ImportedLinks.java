package dev.sentag.model;

import java.util.List;
import java.util.Objects;

/**
 * The links and speakers that came with an imported document (from Sentag's jsonl-docs export), by the position
 * of the sentence in the imported document, each under its annotator's name.
 */
public record ImportedLinks(List<Link> links, List<Speaker> speakers) {
    public static final ImportedLinks NONE = new ImportedLinks(List.of(), List.of());

    /** A link from sentence {@code from} to sentence {@code to} (positions in the imported document). */
    public record Link(int from, int to, String annotator, String type) {
        public Link {
            Objects.requireNonNull(annotator, "annotator");
            Objects.requireNonNull(type, "type");
        }
    }

    /** The speaker one annotator gave sentence {@code sentence}. */
    public record Speaker(int sentence, String annotator, String name) {
        public Speaker {
            Objects.requireNonNull(annotator, "annotator");
            name = Speakers.clean(name);
        }
    }

    public ImportedLinks {
        links = List.copyOf(links);
        speakers = List.copyOf(speakers);
    }

    public boolean isEmpty() {
        return links.isEmpty() && speakers.isEmpty();
    }
}
