package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.ingest.ImportResult;
import dev.sentag.model.FindCriterion;
import dev.sentag.model.FindQuery;
import dev.sentag.model.FoundSentence;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Find through the service: the full-text index follows imports, merges and splits, and the filters hold. */
class FindServiceTest {
    /** A character outside the BMP (two UTF-16 units, one code point) before the sentences that are searched. */
    static final String ARTICLE = """
            Sanctions watch
            The 𝕏 account posted first. Ministers imposed new sanctions on Tuesday.
            The Café Müller said it was sanctioning nobody. Officials denied everything.
            """;

    @TempDir
    Path dir;
    Workspace ws;
    long doc;

    @BeforeEach
    void importArticle() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, ARTICLE);
        ws = Workspace.open(dir.resolve("sentag.db"));
        var result = ws.imports().importFile(file);
        doc = assertInstanceOf(ImportResult.Imported.class, result, result::toString).documentId();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        ws.close();
    }

    private List<String> texts(String query, FindCriterion... criteria) {
        return ws.find().find(new FindQuery(query, List.of(criteria), null, 0)).stream().map(FoundSentence::text).toList();
    }

    @Test
    void sentenceAfterACharacterOutsideTheBmpIsIndexedWithItsOwnText() {
        assertEquals(List.of("Ministers imposed new sanctions on Tuesday."), texts("ministers"));
        assertEquals(List.of("The 𝕏 account posted first."), texts("account"));
        assertEquals(List.of("Officials denied everything."), texts("officials"));
    }

    @Test
    void matchesInflectedFormsCaseAndAccentsAndWordsInAnyOrder() {
        assertEquals(3, texts("sanction").size(), "porter: the title's Sanctions, sanctions and sanctioning");
        assertEquals(List.of("The Café Müller said it was sanctioning nobody."), texts("cafe MULLER"));
        assertEquals(List.of("Ministers imposed new sanctions on Tuesday."), texts("tuesday sanctions"));
        assertEquals(List.of("Ministers imposed new sanctions on Tuesday."), texts("\"new sanctions\""));
        assertEquals(List.of(), texts("\"sanctions new\""));
    }

    @Test
    void unparsableQueryIsOneLineOfReasonAndNoDatabaseError() {
        var e = assertThrows(IllegalArgumentException.class, () -> texts("\"unclosed"));
        assertTrue(e.getMessage().startsWith("Cannot search for '\"unclosed'"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> texts("sanctions OR"));
        assertEquals(List.of("Ministers imposed new sanctions on Tuesday."), texts("long-standing OR tuesday"),
                "punctuation inside a word is a phrase, not a syntax error");
    }

    @Test
    void mergedAndSplitSentencesAreFoundByTheirNewText() {
        ws.annotation().merge(doc, 1, Optional.empty()); // "The 𝕏 account …" + "Ministers …"
        assertEquals(List.of("The 𝕏 account posted first. Ministers imposed new sanctions on Tuesday."),
                texts("account ministers"));
        ws.annotation().split(doc, 1, "The 𝕏 account posted first. ".length());
        assertEquals(List.of("Ministers imposed new sanctions on Tuesday."), texts("ministers"));
        ws.annotation().undo();
        assertEquals(List.of("The 𝕏 account posted first. Ministers imposed new sanctions on Tuesday."),
                texts("ministers"), "undo brings back the merged sentence, and find follows");
    }

    @Test
    void filtersByLabelUntaggedNoteDisputedDocumentAndState() {
        ws.annotation().tag(doc, 2, "claim");
        ws.annotation().note(doc, 3, "who said this?");
        ws.annotation().actAs("ben");
        ws.annotation().tag(doc, 2, "response");
        ws.annotation().actAsSaved();
        String ministers = "Ministers imposed new sanctions on Tuesday.";
        assertEquals(List.of(ministers), texts("", new FindCriterion(FindCriterion.LABEL, "CLAIM")));
        assertEquals(4, texts("", FindCriterion.flag(FindCriterion.UNTAGGED)).size());
        assertEquals(List.of("The Café Müller said it was sanctioning nobody."), texts("", FindCriterion.flag(FindCriterion.HAS_NOTE)));
        assertEquals(List.of(ministers), texts("", FindCriterion.flag(FindCriterion.DISPUTED)));
        assertEquals(List.of(), texts("sanctions", new FindCriterion(FindCriterion.LABEL, "response")),
                "the label filter is about the current annotator's tags, not ben's");
        var bens = ws.find().find(new FindQuery("", List.of(new FindCriterion(FindCriterion.LABEL, "response")), "ben", 0));
        assertEquals(List.of(ministers), bens.stream().map(FoundSentence::text).toList());
        assertEquals("ben", bens.get(0).annotator());
        assertEquals(5, texts("", new FindCriterion(FindCriterion.STATE, "started")).size());
        assertEquals(0, texts("", new FindCriterion(FindCriterion.STATE, "complete")).size());
        assertEquals(0, texts("", new FindCriterion(FindCriterion.DOCUMENTS, String.valueOf(doc + 1))).size());
        assertEquals(5, texts("", new FindCriterion(FindCriterion.DOCUMENTS, doc + ",99")).size());
        assertThrows(IllegalArgumentException.class, () -> texts("", new FindCriterion(FindCriterion.LABEL, "opinion")));
        assertThrows(IllegalArgumentException.class, () -> texts("", new FindCriterion(FindCriterion.DOCUMENTS, "1;2")));
        assertThrows(IllegalArgumentException.class, () -> ws.find().find(new FindQuery("", List.of(), "nobody", 0)));
    }

    @Test
    void limitKeepsTheFirstInDocumentOrder() {
        var found = ws.find().find(new FindQuery("", List.of(), null, 2));
        assertEquals(List.of(0, 1), found.stream().map(FoundSentence::index).toList());
    }
}
