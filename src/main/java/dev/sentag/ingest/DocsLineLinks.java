package dev.sentag.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentag.model.ImportedLinks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code speaker} and {@code links} of the sentences of a jsonl-docs line: links name their target by its
 * exported {@code index}, which is turned into the target's position among the line's sentences.
 */
final class DocsLineLinks {
    private DocsLineLinks() {
    }

    static ImportedLinks read(JsonNode sentences, String where) throws ImportException {
        Map<Integer, Integer> positionOfIndex = new HashMap<>();
        int k = 0;
        for (JsonNode s : sentences) {
            positionOfIndex.put(s.path("index").asInt(k), k);
            k++;
        }
        List<ImportedLinks.Link> links = new ArrayList<>();
        List<ImportedLinks.Speaker> speakers = new ArrayList<>();
        k = 0;
        for (JsonNode s : sentences) {
            String at = where + ", sentence " + k;
            boolean hasSpeaker = s.path("speaker").isTextual();
            JsonNode out = s.path("links");
            boolean hasLinks = out.isArray() && !out.isEmpty();
            if ((hasSpeaker || hasLinks) && (!s.path("annotator").isTextual() || s.get("annotator").asText().isBlank())) {
                throw new ImportException(at + ": has a speaker or links but no \"annotator\".");
            }
            String annotator = s.path("annotator").asText();
            if (hasSpeaker) {
                try {
                    speakers.add(new ImportedLinks.Speaker(k, annotator, s.get("speaker").asText()));
                } catch (IllegalArgumentException e) {
                    throw new ImportException(at + ": " + e.getMessage());
                }
            }
            if (hasLinks) {
                for (JsonNode link : out) {
                    Integer to = link.path("to").canConvertToInt() ? positionOfIndex.get(link.get("to").asInt()) : null;
                    if (to == null || !link.path("type").isTextual() || to == k) {
                        throw new ImportException(at + ": the link " + link + " needs \"to\", the index of another"
                                + " sentence of this document, and a \"type\".");
                    }
                    links.add(new ImportedLinks.Link(k, to, annotator, link.get("type").asText()));
                }
            }
            k++;
        }
        return new ImportedLinks(links, speakers);
    }

}
