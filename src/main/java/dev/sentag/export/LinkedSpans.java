package dev.sentag.export;

import dev.sentag.model.DocumentLinks;
import java.util.List;
import java.util.Map;

/**
 * The links a span format can write: those whose two ends are both written as spans (tagged, selected
 * sentences). A span format has nothing to hang a link on otherwise; jsonl, csv and jsonl-docs carry every link.
 */
final class LinkedSpans {
    private LinkedSpans() {
    }

    static List<DocumentLinks.LinkAt> between(DocumentLinks links, Map<Integer, ?> spanByIndex) {
        return links.links().stream()
                .filter(l -> spanByIndex.containsKey(l.from()) && spanByIndex.containsKey(l.to())).toList();
    }

    /** A speaker name on one line, for the line-based formats. */
    static String oneLine(String name) {
        return name.replaceAll("[\\t\\r\\n]+", " ");
    }
}
