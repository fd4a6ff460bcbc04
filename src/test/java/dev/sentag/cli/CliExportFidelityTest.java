package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What other tools read back from Sentag's exports: WebAnno TSV as INCEpTION's reader rebuilds it (text
 * with brackets, pipes, underscores, stars, arrows, backslashes and tabs), notes and annotators in Label
 * Studio and WebAnno TSV, and doccano offsets in each unit. The library is built through the CLI by
 * importing a jsonl-docs file whose sentences, tags and notes are given exactly.
 */
class CliExportFidelityTest extends CliHarness {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One sentence of the fixture: its text, label (or null) and note (or null). */
    record S(String text, String label, String note) {
    }

    /** Imports one document made of {@code sentences} joined by {@code sep}, tagged by {@code annotator}. */
    private String importDocument(String annotator, String sep, List<S> sentences) throws IOException {
        StringBuilder text = new StringBuilder();
        ObjectNode doc = JSON.createObjectNode();
        doc.put("title", "Fidelity");
        ArrayNode list = doc.putArray("sentences");
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                text.append(sep);
            }
            S s = sentences.get(i);
            ObjectNode n = list.addObject();
            n.put("index", i);
            n.put("start", text.length());
            text.append(s.text());
            n.put("end", text.length());
            n.put("label", s.label());
            n.put("note", s.note());
            n.put("annotator", s.label() == null && s.note() == null ? null : annotator);
        }
        doc.put("text", text.toString());
        Path file = dir.resolve("fixture-" + annotator.replaceAll("\\W", "") + ".jsonl");
        Files.writeString(file, JSON.writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
        Run run = sentag("import", file.toString());
        assertEquals(0, run.code(), run::err);
        return text.toString();
    }

    private static final List<S> TRICKY = List.of(
            new S("He said [the] report was wrong [sic] and a | b holds.", "Claim",
                    "check [this] | really_ *now* -> ok; C:\\notes\\"),
            new S("Compute 5*3 -> 15 with model_v2 now.", "Response", null),
            new S("Paths like C:\\temp\\new stay,\tand tabs too.", "Background", "two\nlines\r\nand a\ttab"),
            new S("Indeed.", "Response", null),
            new S("Untagged _ [x] * | ; -> stays unlabelled.", null, null));

    @Test
    void webAnnoTsvReadsBackThroughInceptionsRulesWithTheRightTextLabelsAndNotes() throws IOException {
        String text = importDocument("ana", " ", TRICKY);
        Path folder = dir.resolve("tsv");
        Run run = sentag("--annotator", "ana", "export", "--format", "webanno-tsv", "--out", folder.toString());
        assertEquals(0, run.code(), run::err);
        Path file;
        try (Stream<Path> files = Files.list(folder)) {
            file = files.filter(p -> p.toString().endsWith(".tsv")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("#T_SP=webanno.custom.Sentag|label|note", lines.get(1));
        // INCEpTION's writer escapes none of [ ] | _ * ; -> in #Text lines; only backslashes and controls.
        assertTrue(lines.contains("#Text=He said [the] report was wrong [sic] and a | b holds."), String.join("\n", lines));
        assertTrue(lines.contains("#Text=Compute 5*3 -> 15 with model_v2 now."), String.join("\n", lines));
        assertTrue(lines.contains("#Text=Paths like C:\\\\temp\\\\new stay,\\tand tabs too."), String.join("\n", lines));

        InceptionTsv read = InceptionTsv.read(lines);
        List<String> spans = new ArrayList<>();
        for (InceptionTsv.Span span : read.spans()) {
            assertEquals(text.substring(span.begin(), span.end()), read.text().substring(span.begin(), span.end()),
                    "the rebuilt text matches the document at every labelled span");
            spans.add(read.text().substring(span.begin(), span.end()) + "|" + span.label() + "|" + span.note());
        }
        for (int[] token : read.tokens()) {
            assertEquals(text.substring(token[0], token[1]), read.text().substring(token[0], token[1]));
        }
        assertEquals(List.of(
                TRICKY.get(0).text() + "|Claim|" + TRICKY.get(0).note(),
                TRICKY.get(1).text() + "|Response|null",
                TRICKY.get(2).text() + "|Background|two\nlines\nand a\ttab",
                "Indeed.|Response|null"), spans);
    }

    @Test
    void everySeedArticleReadsBackThroughInceptionsRules() throws IOException {
        importSeeds();
        Run tags = sentagWithInput("1 2 claim\n1 3 response\n2 0 background\n2 1 claim\n", "tag", "--stdin");
        assertEquals(0, tags.code(), tags::err);
        Map<Long, String> texts = new LinkedHashMap<>();
        for (String line : sentag("export", "--format", "jsonl-docs").lines()) {
            JsonNode d = JSON.readTree(line);
            texts.put(d.get("id").asLong(), d.get("text").asText());
        }
        Path folder = dir.resolve("seeds-tsv");
        assertEquals(0, sentag("export", "--format", "webanno-tsv", "--out", folder.toString()).code());
        int spans = 0;
        for (Map.Entry<Long, String> doc : texts.entrySet()) {
            Path file;
            try (Stream<Path> files = Files.list(folder)) {
                file = files.filter(p -> p.getFileName().toString().startsWith(String.format("%05d-", doc.getKey())))
                        .findFirst().orElseThrow();
            }
            InceptionTsv read = InceptionTsv.read(Files.readAllLines(file, StandardCharsets.UTF_8));
            for (int[] token : read.tokens()) {
                assertEquals(doc.getValue().substring(token[0], token[1]), read.text().substring(token[0], token[1]),
                        file.getFileName().toString());
            }
            for (InceptionTsv.Span span : read.spans()) {
                assertEquals(doc.getValue().substring(span.begin(), span.end()), read.text().substring(span.begin(), span.end()));
                spans++;
            }
        }
        assertEquals(4, spans);
    }

    @Test
    void labelStudioCarriesTheAnnotatorAndEachRegionsNote() throws IOException {
        importDocument("ana@example.org", " ", TRICKY);
        Path file = dir.resolve("ls.json");
        Run run = sentag("--annotator", "ana@example.org", "export", "--format", "label-studio", "--out", file.toString());
        assertEquals(0, run.code(), run::err);
        JsonNode task = JSON.readTree(file.toFile()).get(0);
        JsonNode annotation = task.get("annotations").get(0);
        assertEquals("ana@example.org", annotation.get("completed_by").get("email").asText());
        assertEquals("ana@example.org", task.get("meta").get("annotator").asText());
        Map<String, String> notes = new LinkedHashMap<>();
        for (JsonNode r : annotation.get("result")) {
            JsonNode meta = r.get("meta");
            notes.put(r.get("value").get("text").asText(), meta == null ? null : meta.get("text").get(0).asText());
        }
        assertEquals(TRICKY.get(0).note(), notes.get(TRICKY.get(0).text()));
        assertEquals(TRICKY.get(2).note(), notes.get(TRICKY.get(2).text()));
        assertEquals(null, notes.get(TRICKY.get(1).text()));
        assertEquals(4, notes.size());
    }

    @Test
    void labelStudioLeavesCompletedByOutForANameItCouldNotResolve() throws IOException {
        importDocument("ben", " ", TRICKY);
        Path file = dir.resolve("ls.json");
        assertEquals(0, sentag("--annotator", "ben", "export", "--format", "label-studio", "--out", file.toString()).code());
        JsonNode task = JSON.readTree(file.toFile()).get(0);
        assertFalse(task.get("annotations").get(0).has("completed_by"), "Label Studio refuses a completed_by it cannot resolve");
        assertEquals("ben", task.get("meta").get("annotator").asText());
        assertEquals("ben", task.get("data").get("meta").get("annotator").asText());
    }

    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    private static final List<S> EMOJI = List.of(
            new S("Go \uD83D\uDE00 now.", "Claim", null),
            new S("Family " + FAMILY + " here.", "Response", null),
            new S("Cafe\u0301\u0302 open.", "Background", null),
            new S("Last one.", "Claim", null));

    private List<String> doccanoSpans(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("--annotator", "ana", "export", "--format", "doccano"));
        args.addAll(List.of(options));
        Run run = sentag(args.toArray(String[]::new));
        assertEquals(0, run.code(), run::err);
        List<String> spans = new ArrayList<>();
        for (JsonNode span : JSON.readTree(run.lines().get(0)).get("label")) {
            spans.add(span.get(0).asInt() + "-" + span.get(1).asInt());
        }
        return spans;
    }

    @Test
    void doccanoOffsetsCountTheChosenUnitAndDefaultToUtf16() throws IOException {
        String text = importDocument("ana", " ", EMOJI);
        // Worked by hand: 😀 is 2 UTF-16 units, 1 code point, 1 grapheme; the ZWJ family is 11 units, 7 code
        // points, 1 grapheme; e with two combining accents is 3 units, 3 code points, 1 grapheme.
        List<String> utf16 = List.of("0-10", "11-35", "36-48", "49-58");
        assertEquals(utf16, doccanoSpans(), "utf16 is the default: doccano's default screen counts JS string indexes");
        assertEquals(utf16, doccanoSpans("--offsets", "utf16"));
        assertEquals(List.of("0-9", "10-30", "31-43", "44-53"), doccanoSpans("--offsets", "codepoints"));
        assertEquals(List.of("0-9", "10-24", "25-35", "36-45"), doccanoSpans("--offsets", "graphemes"));
        assertEquals("Family " + FAMILY + " here.", text.substring(11, 35));
    }

    @Test
    void badOffsetsRequestsExitWithTwoAndOneLine() throws IOException {
        importDocument("ana", " ", EMOJI);
        for (String[] args : List.of(new String[] {"export", "--format", "doccano", "--offsets", "bytes"},
                new String[] {"export", "--format", "jsonl", "--offsets", "utf16"})) {
            Run run = sentag(args);
            assertEquals(2, run.code(), () -> String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains("--offsets"), run.err());
            assertTrue(run.out().isEmpty());
        }
    }
}
