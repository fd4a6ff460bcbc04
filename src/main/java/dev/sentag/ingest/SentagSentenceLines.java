package dev.sentag.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentag.model.DocumentDraft;
import dev.sentag.model.ImportedTag;
import dev.sentag.model.SentenceSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentag's per-sentence {@code jsonl} export read back: consecutive lines with the same {@code doc_id}
 * make one document. That export does not carry the whitespace between sentences, so the document text
 * is rebuilt with every sentence at its exported offsets and each gap filled with whitespace of the same
 * length (one space, a blank line for two characters, else a line break at both ends). Sentences, offsets,
 * labels, notes, annotators and exclusions (the {@code excluded} column of an export with excluded sentences)
 * come back exactly; a sentence left out of the export (untagged or web
 * residue) leaves a blank gap. {@code jsonl-docs} is the lossless way to move a set.
 */
final class SentagSentenceLines {
    private SentagSentenceLines() {
    }

    /** True for a line of the per-sentence export. */
    static boolean matches(JsonNode node) {
        return node.has("doc_id") && node.has("sentence_index") && node.path("text").isTextual();
    }

    /** The documents of the lines, in order; {@code where.get(i)} names line i in errors. */
    static List<ArticleWithTags> read(List<JsonNode> lines, List<String> where, String source) throws ImportException {
        List<ArticleWithTags> out = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || !lines.get(i).path("doc_id").equals(lines.get(first).path("doc_id"))) {
                out.add(document(lines.subList(first, i), where.subList(first, i), source));
                first = i;
            }
        }
        return out;
    }

    private static ArticleWithTags document(List<JsonNode> lines, List<String> where, String source)
            throws ImportException {
        StringBuilder text = new StringBuilder();
        List<SentenceSpan> spans = new ArrayList<>();
        List<ImportedTag> tags = new ArrayList<>();
        Set<Integer> excluded = new HashSet<>();
        for (int k = 0; k < lines.size(); k++) {
            JsonNode s = lines.get(k);
            String sentence = s.path("text").asText();
            int start = s.path("start").asInt(-1);
            int end = s.path("end").asInt(-1);
            if (start < text.length() || end - start != sentence.length() || sentence.isBlank()) {
                throw new ImportException(where.get(k) + ": offsets " + start + ".." + end + " do not fit its text or"
                        + " overlap the sentence before; nothing from this file was imported.");
            }
            text.append(gap(start - text.length())).append(sentence);
            spans.add(new SentenceSpan(start, end));
            if (s.path("excluded").asBoolean(false)) {
                excluded.add(k);
            }
            String label = s.path("label").isTextual() ? s.get("label").asText() : null;
            String note = s.path("note").isTextual() && !s.get("note").asText().isBlank() ? s.get("note").asText() : null;
            if (label != null || note != null) {
                if (!s.path("annotator").isTextual()) {
                    throw new ImportException(where.get(k) + ": has a label or note but no \"annotator\".");
                }
                tags.add(new ImportedTag(k, s.get("annotator").asText(), label, note, s.path("unsure").asBoolean(false)));
            }
        }
        JsonNode head = lines.get(0);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("exported_id", head.path("doc_id").asText());
        metadata.put("rebuilt_from", "Sentag per-sentence jsonl export: whitespace between sentences rebuilt");
        String title = head.path("doc_title").isTextual() && !head.get("doc_title").asText().isBlank()
                ? TextArticleReader.title(head.get("doc_title").asText()) : TextArticleReader.title(text.toString());
        return new ArticleWithTags(new DocumentDraft(title, source, text.toString(), spans, excluded, metadata), tags,
                true);
    }

    static String gap(int length) {
        if (length <= 0) {
            return "";
        }
        if (length == 1) {
            return " ";
        }
        return length == 2 ? "\n\n" : "\n" + " ".repeat(length - 2) + "\n";
    }
}
