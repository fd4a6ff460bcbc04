package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import dev.sentag.model.ImportedTag;
import dev.sentag.model.IncomingTag;
import dev.sentag.model.Sentence;
import dev.sentag.model.SentenceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches the tags of an imported copy of a stored document to the stored sentences. Only a sentence with
 * exactly the same [start, end) offsets matches: where the other annotator merged or split differently the
 * tag is reported, never moved to a neighbour by guessing.
 */
public final class TagMerge {
    private static final int SNIPPET = 60;

    private TagMerge() {
    }

    /** An imported tag whose sentence has no stored sentence with the same boundaries. */
    public record Unmatched(int start, int end, String snippet, String annotator, String label) {
        /** One line for the user, naming the input the tag came from. */
        public String message(String input) {
            return input + ": " + annotator + "'s " + (label == null ? "note" : label) + " at characters " + start + ".."
                    + end + " was not merged: no sentence here has those boundaries (\"" + snippet + "\").";
        }
    }

    /** The tags to write (on stored sentence ids) and the ones left out. */
    public record Match(List<IncomingTag> tags, List<Unmatched> unmatched) {
        public Match {
            tags = List.copyOf(tags);
            unmatched = List.copyOf(unmatched);
        }
    }

    /** Pairs each tag of {@code imported} with the current stored sentence at the same offsets. */
    public static Match match(DocumentDraft imported, List<ImportedTag> tags, List<Sentence> current) {
        Map<SentenceSpan, Long> byOffsets = new HashMap<>();
        current.forEach(s -> byOffsets.put(new SentenceSpan(s.start(), s.end()), s.id()));
        List<IncomingTag> matched = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (ImportedTag t : tags) {
            SentenceSpan span = imported.sentences().get(t.sentenceIndex());
            Long id = byOffsets.get(span);
            if (id == null) {
                unmatched.add(new Unmatched(span.start(), span.end(), snippet(imported.text(), span), t.annotator(),
                        t.label()));
            } else {
                matched.add(new IncomingTag(id, t.annotator(), t.label(), t.note(), t.unsure()));
            }
        }
        return new Match(matched, unmatched);
    }

    /** True if every sentence of {@code imported} has the same text at the same offsets in {@code stored}. */
    public static boolean sameTextAtOffsets(DocumentDraft imported, String stored) {
        return !imported.sentences().isEmpty() && imported.sentences().stream().allMatch(s -> s.end() <= stored.length()
                && stored.regionMatches(s.start(), imported.text(), s.start(), s.end() - s.start()));
    }

    /** The start of a sentence on one line, for a report. */
    static String snippet(String text, SentenceSpan span) {
        String s = text.substring(span.start(), span.end()).replaceAll("\\s+", " ").strip();
        return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET - 1) + "…";
    }
}
