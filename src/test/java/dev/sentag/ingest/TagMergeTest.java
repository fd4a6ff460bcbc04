package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.model.DocumentDraft;
import dev.sentag.model.ImportedTag;
import dev.sentag.model.IncomingTag;
import dev.sentag.model.Sentence;
import dev.sentag.model.SentenceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tags of an imported copy land only on stored sentences with exactly the same boundaries. */
class TagMergeTest {
    private static final String TEXT = "One is here. Two follows. Three ends it.";
    //                                  0         1         2         3
    //                                  0123456789012345678901234567890123456789
    private static final List<Sentence> STORED = List.of(new Sentence(10, 1, 0, 0, 12, "One is here."),
            new Sentence(11, 1, 1, 13, 25, "Two follows."), new Sentence(12, 1, 2, 26, 40, "Three ends it."));

    private static DocumentDraft imported(SentenceSpan... spans) {
        return new DocumentDraft("T", "test", TEXT, List.of(spans));
    }

    @Test
    void aTagOnTheSameBoundariesGoesToThatStoredSentence() {
        var draft = imported(new SentenceSpan(0, 12), new SentenceSpan(13, 25), new SentenceSpan(26, 40));
        var match = TagMerge.match(draft, List.of(new ImportedTag(1, "bea", "Claim", "why"),
                new ImportedTag(2, "bea", null, "only a note")), STORED);
        assertEquals(List.of(new IncomingTag(11, "bea", "Claim", "why"), new IncomingTag(12, "bea", null, "only a note")),
                match.tags());
        assertTrue(match.unmatched().isEmpty());
    }

    @Test
    void aSentenceMergedByTheOtherAnnotatorIsReportedNotSpreadOverTheParts() {
        var draft = imported(new SentenceSpan(0, 25), new SentenceSpan(26, 40));
        var match = TagMerge.match(draft, List.of(new ImportedTag(0, "bea", "Claim", null),
                new ImportedTag(1, "bea", "Response", null)), STORED);
        assertEquals(List.of(new IncomingTag(12, "bea", "Response", null)), match.tags());
        assertEquals(List.of(new TagMerge.Unmatched(0, 25, "One is here. Two follows.", "bea", "Claim")),
                match.unmatched());
    }

    @Test
    void aSentenceSplitByTheOtherAnnotatorIsReportedPartByPart() {
        var draft = imported(new SentenceSpan(0, 12), new SentenceSpan(13, 25), new SentenceSpan(26, 31),
                new SentenceSpan(32, 40));
        var match = TagMerge.match(draft, List.of(new ImportedTag(2, "bea", "Claim", null),
                new ImportedTag(3, "bea", "Claim", null)), STORED);
        assertTrue(match.tags().isEmpty(), "a part sharing only its start or end with a stored sentence is no match");
        assertEquals(List.of(26, 32), match.unmatched().stream().map(TagMerge.Unmatched::start).toList());
        assertTrue(match.unmatched().get(0).message("f.jsonl #1").contains("bea's Claim at characters 26..31 was not"
                + " merged"), match.unmatched().get(0).message("f.jsonl #1"));
    }

    @Test
    void aStoredCopyIsRecognisedByTheSentencesTextAtTheirOffsetsWhateverIsBetween() {
        var rebuilt = new DocumentDraft("T", "test", "One is here.\n\nTwo follows.", List.of(new SentenceSpan(0, 12),
                new SentenceSpan(14, 26)));
        assertTrue(TagMerge.sameTextAtOffsets(rebuilt, "One is here.\n\nTwo follows. More after it."));
        assertTrue(TagMerge.sameTextAtOffsets(rebuilt, "One is here. \nTwo follows."), "the gap is not compared");
        assertFalse(TagMerge.sameTextAtOffsets(rebuilt, "One is here. Two follows."), "shifted by one character");
        assertFalse(TagMerge.sameTextAtOffsets(rebuilt, "One is here."), "shorter than the last sentence's end");
    }

    @Test
    void aSnippetIsOneLineAndShort() {
        String text = "A sentence\nthat runs   over lines and goes on and on and on for much longer than any report line wants.";
        String snippet = TagMerge.snippet(text, new SentenceSpan(0, text.length()));
        assertTrue(snippet.startsWith("A sentence that runs over lines") && snippet.endsWith("…"), snippet);
        assertEquals(60, snippet.length());
    }
}
