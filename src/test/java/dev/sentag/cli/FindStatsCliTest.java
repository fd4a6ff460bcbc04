package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** find, stats and note on the command line, checked against counts made independently from exports. */
class FindStatsCliTest extends CliHarness {
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void tagTwoAnnotators() {
        importSeeds();
        tag("ana", "1 3 claim", "1 4 response", "1 5 background", "1 8 claim", "2 0 claim", "2 1 claim");
        tag("ben", "1 3 response", "1 4 response", "1 8 background", "2 0 claim");
        Run note = sentag("--annotator", "ana", "note", "2", "1", "Foreign Office? check");
        assertEquals(0, note.code(), note::err);
    }

    private void tag(String annotator, String... lines) {
        Run run = sentagWithInput(String.join("\n", lines) + "\n", "--annotator", annotator, "tag", "--stdin");
        assertEquals(0, run.code(), run::err);
    }

    /** The annotator's export: every current sentence that is not excluded, with their label and note. */
    private List<JsonNode> export(String annotator) {
        Run run = sentag("--annotator", annotator, "export", "--format", "jsonl");
        assertEquals(0, run.code(), run::err);
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.lines()) {
            out.add(read(line));
        }
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

    private List<List<String>> found(Run run) {
        assertEquals(0, run.code(), run::err);
        return run.lines().stream().map(l -> List.of(l.split("\t", -1))).toList();
    }

    @Test
    void labelAndUntaggedAreTheAnnotatorsOwnAsInTheirExport() {
        List<JsonNode> ana = export("ana");
        List<List<String>> claims = ana.stream().filter(n -> "Claim".equals(n.get("label").asText(null)))
                .map(FindStatsCliTest::findLine).toList();
        assertEquals(4, claims.size());
        assertEquals(claims, found(sentag("--annotator", "ana", "find", "--label", "claim")));
        List<List<String>> untagged = ana.stream().filter(n -> n.get("label").isNull()).map(FindStatsCliTest::findLine).toList();
        assertEquals(untagged, found(sentag("--annotator", "ana", "find", "--untagged")));
        List<List<String>> bensUntagged = export("ben").stream().filter(n -> n.get("label").isNull())
                .map(FindStatsCliTest::findLine).toList();
        assertEquals(bensUntagged, found(sentag("find", "--untagged", "--annotator", "ben")));
    }

    @Test
    void wordsMatchInflectedFormsInDocumentOrderLikeASearchOfTheExport() {
        Pattern word = Pattern.compile("\\bsanction(s|ed|ing)?\\b", Pattern.CASE_INSENSITIVE);
        List<List<String>> expected = export("ana").stream().filter(n -> word.matcher(n.get("text").asText()).find())
                .map(FindStatsCliTest::findLine).toList();
        assertTrue(expected.size() >= 5, expected::toString);
        assertEquals(expected, found(sentag("--annotator", "ana", "find", "SANCTION")));
        assertEquals(expected.subList(0, 2), found(sentag("--annotator", "ana", "find", "sanctions", "--limit", "2")));
        assertEquals(expected.stream().filter(l -> l.get(0).equals("2")).toList(),
                found(sentag("--annotator", "ana", "find", "sanctioned", "--doc", "2")));
    }

    @Test
    void disputedAndHasNoteAgreeWithTheTwoExports() {
        Map<String, String> bens = new HashMap<>();
        export("ben").forEach(n -> bens.put(key(n), n.get("label").asText(null)));
        Set<String> disputed = new TreeSet<>();
        for (JsonNode n : export("ana")) {
            String mine = n.get("label").asText(null);
            String theirs = bens.get(key(n));
            if (mine != null && theirs != null && !mine.equals(theirs)) {
                disputed.add(key(n));
            }
        }
        assertEquals(Set.of("1\t3", "1\t8"), disputed);
        Set<String> viaFind = new TreeSet<>();
        found(sentag("find", "--disputed")).forEach(l -> viaFind.add(l.get(0) + "\t" + l.get(1)));
        assertEquals(disputed, viaFind);

        Run notes = sentag("--annotator", "ana", "find", "--has-note", "--json");
        assertEquals(0, notes.code(), notes::err);
        List<JsonNode> withNote = export("ana").stream().filter(n -> !n.get("note").isNull()).toList();
        assertEquals(1, withNote.size());
        assertEquals(1, notes.lines().size(), notes.out());
        JsonNode hit = read(notes.lines().get(0));
        for (String field : List.of("doc_id", "doc_title", "sentence_index", "label", "annotator", "note", "text")) {
            assertEquals(withNote.get(0).get(field), hit.get(field), field);
        }
        assertEquals(0, sentag("--annotator", "ben", "find", "--has-note").lines().size(), "the note is ana's");
    }

    @Test
    void statsJsonCountsWhatTheExportsHold() {
        Run run = sentag("stats", "--json");
        assertEquals(0, run.code(), run::err);
        JsonNode stats = read(run.out().strip());
        Map<String, Integer> labels = new TreeMap<>();
        Map<Long, Integer> sentencesPerDoc = new TreeMap<>();
        for (String who : List.of("ana", "ben")) {
            List<JsonNode> rows = export(who);
            Map<String, Integer> mine = new TreeMap<>();
            Map<Long, Integer> taggedPerDoc = new TreeMap<>();
            sentencesPerDoc.clear();
            for (JsonNode n : rows) {
                sentencesPerDoc.merge(n.get("doc_id").asLong(), 1, Integer::sum);
                if (!n.get("label").isNull()) {
                    mine.merge(n.get("label").asText(), 1, Integer::sum);
                    labels.merge(n.get("label").asText(), 1, Integer::sum);
                    taggedPerDoc.merge(n.get("doc_id").asLong(), 1, Integer::sum);
                }
            }
            JsonNode a = stats.get("annotators").get(who);
            assertEquals(mine.values().stream().mapToInt(Integer::intValue).sum(), a.get("tagged").asInt(), who);
            assertEquals(JSON.valueToTree(mine), a.get("labels"), who);
            assertEquals(0, a.get("documents_complete").asInt(), who);
            for (JsonNode d : stats.get("documents")) {
                assertEquals(taggedPerDoc.getOrDefault(d.get("id").asLong(), 0),
                        d.get("tagged").path(who).asInt(0), who + " in document " + d.get("id"));
            }
        }
        assertEquals(JSON.valueToTree(labels), stats.get("labels"));
        assertEquals(2, stats.get("documents").size());
        for (JsonNode d : stats.get("documents")) {
            assertEquals(sentencesPerDoc.get(d.get("id").asLong()), d.get("sentences").asInt(),
                    "excluded sentences count nowhere");
            assertFalse(d.get("title").asText().isBlank());
        }
    }

    @Test
    void aDocumentEveryoneFinishedCountsAsComplete() {
        List<JsonNode> doc2 = export("ana").stream().filter(n -> n.get("doc_id").asLong() == 2).toList();
        List<String> lines = new ArrayList<>();
        doc2.forEach(n -> lines.add("2 " + n.get("sentence_index").asInt() + " background"));
        tag("cy", lines.toArray(String[]::new));
        JsonNode stats = read(sentag("stats", "--json").out().strip());
        assertEquals(1, stats.get("annotators").get("cy").get("documents_complete").asInt());
        assertEquals(doc2.size(), stats.get("annotators").get("cy").get("labels").get("Background").asInt());
        Run text = sentag("stats");
        assertEquals(0, text.code(), text::err);
        Matcher m = Pattern.compile("(\\d+) disputed").matcher(text.out());
        assertTrue(m.find(), text.out());
        assertEquals(found(sentag("find", "--disputed")).size(), Integer.parseInt(m.group(1)));
    }

    @Test
    void aDocumentInTheTrashLeavesFindAndStatsAndComesBackWithUndelete() {
        int foundBefore = found(sentag("--annotator", "ana", "find", "sanctions")).size();
        int anaTaggedBefore = read(sentag("stats", "--json").out().strip()).get("annotators").get("ana").get("tagged").asInt();
        assertEquals(0, sentag("delete", "2").code());
        assertTrue(found(sentag("--annotator", "ana", "find", "sanctions")).stream().noneMatch(l -> l.get(0).equals("2")));
        assertTrue(found(sentag("find", "--disputed")).stream().noneMatch(l -> l.get(0).equals("2")));
        JsonNode stats = read(sentag("stats", "--json").out().strip());
        assertEquals(1, stats.get("documents").size(), "only document 1 is listed");
        int doc2Tags = (int) export("ana").stream().filter(n -> n.get("doc_id").asLong() == 2).count();
        assertEquals(0, doc2Tags, "the export leaves the trashed document out too");
        assertTrue(stats.get("annotators").get("ana").get("tagged").asInt() < anaTaggedBefore);
        assertEquals(0, sentag("undelete", "2").code());
        assertEquals(foundBefore, found(sentag("--annotator", "ana", "find", "sanctions")).size());
        assertEquals(anaTaggedBefore,
                read(sentag("stats", "--json").out().strip()).get("annotators").get("ana").get("tagged").asInt());
    }

    @Test
    void noteFromTheCommandLineIsTheWindowsNoteAndClears() {
        Run set = sentag("note", "1", "4", "a quote, not a claim");
        assertEquals(0, set.code(), set::err);
        Run shown = sentag("find", "--has-note", "--json");
        assertEquals("a quote, not a claim", read(shown.lines().get(0)).get("note").asText());
        assertEquals(0, sentag("note", "1", "4", "--clear").code());
        assertEquals(0, sentag("find", "--has-note").lines().size());
        assertEquals("Claim", read(sentag("--annotator", "ana", "find", "--has-note", "--json").lines().get(0))
                .get("label").asText(), "a note keeps the label");
    }

    @Test
    void badInputIsExitTwoWithOneLineAndNothingWritten() {
        String before = sentag("stats", "--json").out();
        for (String[] args : List.of(new String[] {"find", "\"unclosed phrase"}, new String[] {"find", "sanctions", "OR"},
                new String[] {"find", "--label", "opinion"}, new String[] {"find", "--doc", "1;2"},
                new String[] {"find", "--limit", "-1"}, new String[] {"find", "--linked", "--not-linked"},
                new String[] {"find", "--speaker", " "}, new String[] {"--annotator", "nobody", "find", "x"},
                new String[] {"note", "1", "999", "text"}, new String[] {"note", "1", "3"},
                new String[] {"note", "1", "3", "  "}, new String[] {"note", "9", "0", "text"})) {
            Run run = sentag(args);
            assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
            assertEquals("", run.out(), String.join(" ", args));
            assertTrue(run.err().startsWith("sentag: ") || run.err().contains("Usage"), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
        assertEquals(1, sentag("find", "\"unclosed").err().strip().lines().count());
        assertEquals(before, sentag("stats", "--json").out());
    }

    @Test
    void everySubcommandAnswersHelp() {
        Run help = sentag("--help");
        List<String> commands = new ArrayList<>();
        boolean inList = false;
        for (String line : help.lines()) {
            if (line.equals("Commands:")) {
                inList = true;
            } else if (inList && line.isBlank()) {
                break;
            } else if (inList && line.matches("  [a-z-]+ .*")) {
                commands.add(line.strip().split("\\s+")[0]);
            }
        }
        assertTrue(commands.containsAll(List.of("tag", "find", "stats", "note", "import", "bench")), commands::toString);
        for (String command : commands) {
            Run run = sentag(command, "--help");
            assertEquals(0, run.code(), command + ": " + run.err());
            assertTrue(run.out().startsWith("Usage: sentag " + command), command + ": " + run.out());
            assertEquals("", run.err(), command);
        }
    }
}
