package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.model.Speakers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** find --unsure, --speaker, --linked and --not-linked, checked against what each annotator's jsonl export holds. */
class FindFiltersCliTest extends CliHarness {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void tagLinkAndName() {
        importSeeds();
        input("--annotator ana tag --stdin", "1 3 claim unsure", "1 4 response", "1 8 claim unsure", "2 0 claim");
        input("--annotator ben tag --stdin", "1 4 response unsure", "1 8 claim");
        input("--annotator ana link --stdin", "1 4 3", "2 1 0", "1 13 3");
        input("--annotator ben link --stdin", "1 8 3");
        ok("--annotator", "ana", "speaker", "1", "3", "Foreign Office");
        ok("--annotator", "ana", "speaker", "1", "5", "foreign office");
        ok("--annotator", "ana", "speaker", "2", "1", "  FOREIGN OFFICE ");
        ok("--annotator", "ana", "speaker", "1", "9", "Élysée");
        ok("--annotator", "ana", "speaker", "1", "10", "Foreign Office spokesman");
        ok("--annotator", "ben", "speaker", "1", "4", "Foreign Office");
    }

    private void input(String args, String... lines) {
        Run run = sentagWithInput(String.join("\n", lines) + "\n", args.split(" "));
        assertEquals(0, run.code(), run::err);
    }

    private void ok(String... args) {
        Run run = sentag(args);
        assertEquals(0, run.code(), run::err);
    }

    private List<JsonNode> export(String annotator) {
        Run run = sentag("--annotator", annotator, "export", "--format", "jsonl");
        assertEquals(0, run.code(), run::err);
        List<JsonNode> out = new ArrayList<>();
        run.lines().forEach(l -> out.add(read(l)));
        return out;
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(line, e);
        }
    }

    private static String key(JsonNode n) {
        return n.get("doc_id").asLong() + "\t" + n.get("sentence_index").asInt();
    }

    private static List<String> findLine(JsonNode n) {
        return List.of(n.get("doc_id").asText(), n.get("sentence_index").asText(),
                n.get("label").isNull() ? "-" : n.get("label").asText(), n.get("text").asText());
    }

    private List<List<String>> expected(String annotator, Predicate<JsonNode> keep) {
        return export(annotator).stream().filter(keep).map(FindFiltersCliTest::findLine).toList();
    }

    private List<List<String>> found(String... args) {
        Run run = sentag(args);
        assertEquals(0, run.code(), run::err);
        return run.lines().stream().map(l -> List.of(l.split("\t", -1))).toList();
    }

    @Test
    void unsureIsTheAnnotatorsOwnFlagAsTheExportCarriesIt() {
        List<List<String>> anas = expected("ana", n -> n.get("unsure").asBoolean());
        assertEquals(2, anas.size(), anas::toString);
        assertEquals(anas, found("--annotator", "ana", "find", "--unsure"));
        List<List<String>> bens = expected("ben", n -> n.get("unsure").asBoolean());
        assertEquals(1, bens.size(), bens::toString);
        assertEquals(bens, found("--annotator", "ben", "find", "--unsure"));
        assertEquals(expected("ana", n -> n.get("unsure").asBoolean() && "Claim".equals(n.get("label").asText(null))),
                found("--annotator", "ana", "find", "--unsure", "--label", "claim", "--doc", "1"));
    }

    @Test
    void speakerMatchesTrimmedAndInAnyCaseButNotAsAPartOfALongerName() {
        String wanted = Speakers.folded("Foreign Office");
        List<List<String>> anas = expected("ana", n -> !n.get("speaker").isNull()
                && Speakers.folded(n.get("speaker").asText()).equals(wanted));
        assertEquals(3, anas.size(), anas::toString);
        assertEquals(anas, found("--annotator", "ana", "find", "--speaker", "  foreign OFFICE "));
        assertEquals(expected("ben", n -> "Foreign Office".equals(n.get("speaker").asText(null))),
                found("--annotator", "ben", "find", "--speaker", "Foreign Office"));
        List<List<String>> accented = found("--annotator", "ana", "find", "--speaker", "ÉLYSÉE");
        assertEquals(expected("ana", n -> "Élysée".equals(n.get("speaker").asText(null))), accented);
        assertEquals(1, accented.size(), "case folds beyond ASCII too");
        assertEquals(0, found("--annotator", "ana", "find", "--speaker", "Office").size());
    }

    /** Sentences a link of the export starts at (its links column) or ends at (the to of another row's link). */
    private Set<String> linkedInExport(List<JsonNode> rows) {
        Set<String> linked = new TreeSet<>();
        for (JsonNode n : rows) {
            for (JsonNode link : n.get("links")) {
                linked.add(key(n));
                linked.add(n.get("doc_id").asLong() + "\t" + link.get("to").asInt());
            }
        }
        return linked;
    }

    @Test
    void linkedAndNotLinkedSplitTheExportByTheLinksFromAndToEachSentence() {
        List<JsonNode> ana = export("ana");
        Set<String> linked = linkedInExport(ana);
        assertEquals(Set.of("1\t3", "1\t4", "1\t13", "2\t0", "2\t1"), linked);
        List<List<String>> yes = ana.stream().filter(n -> linked.contains(key(n))).map(FindFiltersCliTest::findLine).toList();
        List<List<String>> no = ana.stream().filter(n -> !linked.contains(key(n))).map(FindFiltersCliTest::findLine).toList();
        assertEquals(yes, found("--annotator", "ana", "find", "--linked"));
        assertEquals(no, found("--annotator", "ana", "find", "--not-linked"));
        Set<String> bens = linkedInExport(export("ben"));
        assertEquals(Set.of("1\t3", "1\t8"), bens);
        Set<String> viaFind = new TreeSet<>();
        found("--annotator", "ben", "find", "--linked").forEach(l -> viaFind.add(l.get(0) + "\t" + l.get(1)));
        assertEquals(bens, viaFind, "ben's links only");
        ok("--annotator", "ana", "link", "1", "4", "3", "--remove");
        assertFalse(found("--annotator", "ana", "find", "--linked", "--doc", "1").stream()
                .anyMatch(l -> l.get(1).equals("4")), "a removed link no longer counts");
    }

    @Test
    void jsonRowsCarryTheSpeakerAndTheUnsureFlagOfTheExport() {
        Run run = sentag("--annotator", "ana", "find", "--doc", "1", "--json");
        assertEquals(0, run.code(), run::err);
        List<JsonNode> rows = export("ana").stream().filter(n -> n.get("doc_id").asLong() == 1).toList();
        assertEquals(rows.size(), run.lines().size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode hit = read(run.lines().get(i));
            for (String field : List.of("doc_id", "sentence_index", "label", "note", "unsure", "speaker", "text")) {
                assertEquals(rows.get(i).get(field), hit.get(field), field + " of " + key(rows.get(i)));
            }
        }
    }

    @Test
    void aDocumentInTheTrashLeavesTheNewFiltersToo() {
        ok("delete", "2");
        assertTrue(found("--annotator", "ana", "find", "--linked").stream().noneMatch(l -> l.get(0).equals("2")));
        assertTrue(found("--annotator", "ana", "find", "--speaker", "foreign office").stream()
                .noneMatch(l -> l.get(0).equals("2")));
        ok("undelete", "2");
        assertTrue(found("--annotator", "ana", "find", "--linked").stream().anyMatch(l -> l.get(0).equals("2")));
    }

    @Test
    void badInputIsExitTwoWithOneLineAndNothingWritten() {
        String before = sentag("--annotator", "ana", "export", "--format", "jsonl").out();
        for (String[] args : List.of(new String[] {"find", "--linked", "--not-linked"},
                new String[] {"find", "--speaker", "   "}, new String[] {"find", "--speaker"},
                new String[] {"find", "--unsure=maybe"})) {
            Run run = sentag(args);
            assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
            assertEquals("", run.out(), String.join(" ", args));
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
        assertEquals("sentag: A speaker to find cannot be empty.", sentag("find", "--speaker", " ").err().strip());
        assertEquals("sentag: Give --linked or --not-linked, not both.",
                sentag("find", "--not-linked", "--linked").err().strip());
        assertEquals(before, sentag("--annotator", "ana", "export", "--format", "jsonl").out());
    }
}
