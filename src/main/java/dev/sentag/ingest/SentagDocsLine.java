package dev.sentag.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentag.model.CodebookLabel;
import dev.sentag.model.DocumentDraft;
import dev.sentag.store.CodebookJson;
import dev.sentag.model.ImportedLinks;
import dev.sentag.model.ImportedTag;
import dev.sentag.model.SentenceSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of Sentag's {@code jsonl-docs} export (issue 6: id, title, text, metadata, and sentences with
 * index, start, end, text, label, note, annotator): the document comes back with the export's own
 * sentence split and its tags under each annotator's name. Offsets are UTF-16 indexes into {@code text},
 * as Sentag exports them; each sentence's {@code text} must be exactly the text they select. Speakers and links
 * come back too ({@link DocsLineLinks}).
 */
final class SentagDocsLine {
    private SentagDocsLine() {
    }

    /** True if this JSON line has the jsonl-docs shape: a text and an array of sentences. */
    static boolean matches(JsonNode node) {
        return node.path("sentences").isArray() && node.path("text").isTextual();
    }

    static ArticleWithTags read(JsonNode node, String where, String source, Map<String, Object> metadata)
            throws ImportException {
        String text = node.get("text").asText();
        List<SentenceSpan> spans = new ArrayList<>();
        Set<Integer> excluded = new HashSet<>();
        List<ImportedTag> tags = new ArrayList<>();
        int previousEnd = 0;
        for (JsonNode s : node.get("sentences")) {
            int k = spans.size();
            String at = where + ", sentence " + k;
            if (!s.path("start").canConvertToInt() || !s.path("end").canConvertToInt()) {
                throw new ImportException(at + ": needs whole-number \"start\" and \"end\".");
            }
            int start = s.get("start").asInt();
            int end = s.get("end").asInt();
            if (start < previousEnd || end <= start || end > text.length()) {
                throw new ImportException(at + ": offsets " + start + ".." + end
                        + " are outside the text or overlap the sentence before.");
            }
            if (s.path("text").isTextual() && !s.get("text").asText().equals(text.substring(start, end))) {
                throw new ImportException(at + ": its \"text\" is not the document text between start and end.");
            }
            spans.add(new SentenceSpan(start, end));
            previousEnd = end;
            if (s.path("excluded").asBoolean(false)) {
                excluded.add(k);
            }
            String label = s.path("label").isTextual() ? s.get("label").asText() : null;
            String note = s.path("note").isTextual() && !s.get("note").asText().isBlank() ? s.get("note").asText() : null;
            if (label != null || note != null) {
                if (!s.path("annotator").isTextual() || s.get("annotator").asText().isBlank()) {
                    throw new ImportException(at + ": has a label or note but no \"annotator\".");
                }
                tags.add(new ImportedTag(k, s.get("annotator").asText(), label, note, s.path("unsure").asBoolean(false)));
            }
        }
        ImportedLinks links = DocsLineLinks.read(node.get("sentences"), where);
        String title = node.path("title").isTextual() && !node.get("title").asText().isBlank()
                ? TextArticleReader.title(node.get("title").asText()) : TextArticleReader.title(text);
        List<CodebookLabel> codebook = node.path("codebook").path("labels").isArray()
                ? readCodebook(node.get("codebook").get("labels"), where) : List.of();
        return new ArticleWithTags(new DocumentDraft(title, source, text, spans, excluded, metadata), tags, false,
                codebook, links);
    }

    private static List<CodebookLabel> readCodebook(JsonNode labels, String where) throws ImportException {
        try {
            return CodebookJson.readLabels(labels, where + ", codebook");
        } catch (IllegalArgumentException e) {
            throw new ImportException(e.getMessage());
        }
    }
}
