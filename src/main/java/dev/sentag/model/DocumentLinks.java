package dev.sentag.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One annotator's links and speakers in one document, by sentence index, as exports write them: the links
 * between current sentences and the speaker of each sentence that has one.
 */
public record DocumentLinks(String annotator, List<LinkAt> links, Map<Integer, String> speakers) {
    /** No links and no speakers. */
    public static final DocumentLinks NONE = new DocumentLinks(null, List.of(), Map.of());

    /** A link from sentence index {@code from} to sentence index {@code to}. */
    public record LinkAt(int from, int to, String type) {
        public LinkAt {
            Objects.requireNonNull(type, "type");
            if (from == to || from < 0 || to < 0) {
                throw new IllegalArgumentException("bad link " + from + " -> " + to);
            }
        }
    }

    public DocumentLinks {
        links = List.copyOf(links);
        speakers = java.util.Collections.unmodifiableMap(new TreeMap<>(speakers));
    }

    /** The links that start at sentence {@code index}, in target order. */
    public List<LinkAt> from(int index) {
        return links.stream().filter(l -> l.from() == index).toList();
    }

    public boolean isEmpty() {
        return links.isEmpty() && speakers.isEmpty();
    }
}
