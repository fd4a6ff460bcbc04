package dev.sentag.export;

import static dev.sentag.export.ExportFixture.codePointSlice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every format back and checks that each offset pair selects exactly the labelled text, on text with
 * an emoji outside the BMP, CRLF line ends and quotes, and that every tag (and nothing else) is there.
 */
class ExportFormatsRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    ExportFixture fx;

    @BeforeEach
    void library() throws IOException {
        fx = new ExportFixture(dir);
    }

    @AfterEach
    void close() {
        fx.ws.close();
    }

    private Path export(ExportFormat format, ExportOptions options, String name) throws IOException {
        Path out = dir.resolve(name);
        fx.ws.exports().exportTo(format, options, out, ExportProgress.NONE);
        return out;
    }

    private List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void storedTextHasNoCarriageReturnsAndAnEmojiOutsideTheBmp() {
        String text = fx.texts.values().iterator().next();
        assertTrue(text.codePoints().anyMatch(Character::isSupplementaryCodePoint));
        assertTrue(text.indexOf('\r') < 0);
    }

    @Test
    void jsonlOffsetsAreUtf16AndSelectTheSentence() throws IOException {
        List<String> seen = new ArrayList<>();
        for (JsonNode n : jsonLines(export(ExportFormat.JSONL, ExportOptions.defaults(), "s.jsonl"))) {
            String text = fx.texts.get(n.get("doc_id").asLong());
            assertEquals(text.substring(n.get("start").asInt(), n.get("end").asInt()), n.get("text").asText());
            if (!n.get("label").isNull()) {
                seen.add(n.get("doc_id").asLong() + "|" + n.get("text").asText() + "|" + n.get("label").asText());
            }
        }
        assertEquals(fx.expectedTags(), seen);
    }

    @Test
    void jsonlDocsHasTheDocumentedShapeAndConsistentOffsets() throws IOException {
        List<String> seen = new ArrayList<>();
        List<JsonNode> docs = jsonLines(export(ExportFormat.JSONL_DOCS, ExportOptions.defaults(), "d.jsonl"));
        assertEquals(2, docs.size());
        int sentences = 0;
        for (JsonNode d : docs) {
            // The codebook comes once per file, on its first line.
            assertEquals(d == docs.get(0) ? Set.of("id", "title", "text", "metadata", "codebook", "sentences")
                    : Set.of("id", "title", "text", "metadata", "sentences"), fieldNames(d));
            String text = d.get("text").asText();
            assertEquals(fx.texts.get(d.get("id").asLong()), text);
            for (JsonNode s : d.get("sentences")) {
                sentences++;
                assertEquals(Set.of("index", "start", "end", "text", "label", "note", "annotator", "codebook_version",
                        "unsure", "speaker", "links"), fieldNames(s));
                assertEquals(text.substring(s.get("start").asInt(), s.get("end").asInt()), s.get("text").asText());
                if (!s.get("label").isNull()) {
                    seen.add(d.get("id").asLong() + "|" + s.get("text").asText() + "|" + s.get("label").asText());
                    assertEquals("ada", s.get("annotator").asText());
                }
            }
        }
        assertEquals(fx.sentences, sentences);
        assertEquals(fx.expectedTags(), seen);
    }

    @Test
    void csvHasTheJsonlColumnsAndTheDocumentText() throws IOException {
        Path file = export(ExportFormat.CSV, ExportOptions.defaults(), "s.csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).getRecords();
        assertEquals(fx.sentences, rows.size());
        List<String> seen = new ArrayList<>();
        for (CSVRecord r : rows) {
            String text = fx.texts.get(Long.parseLong(r.get("doc_id")));
            String cell = r.get("text");
            String raw = cell.startsWith("'") && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
            assertEquals(text.substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))), raw);
            if (!r.get("label").isEmpty()) {
                seen.add(r.get("doc_id") + "|" + raw + "|" + r.get("label"));
            }
        }
        assertEquals(fx.expectedTags(), seen);
    }

    @Test
    void doccanoSequenceSpansCountUtf16UnitsByDefault() throws IOException {
        List<String> seen = new ArrayList<>();
        for (JsonNode d : jsonLines(export(ExportFormat.DOCCANO, ExportOptions.defaults(), "dc.jsonl"))) {
            String text = d.get("text").asText();
            for (JsonNode span : d.get("label")) {
                seen.add(d.get("doc_id").asLong() + "|" + text.substring(span.get(0).asInt(), span.get(1).asInt())
                        + "|" + span.get(2).asText());
            }
        }
        assertEquals(fx.expectedTags(), seen);
    }

    @Test
    void doccanoClassificationHasOneLinePerSentenceWithItsLabelList() throws IOException {
        var options = new ExportOptions(null, true, false, Set.of(), Set.of(), null, false,
                ExportOptions.DoccanoMode.CLASSIFICATION, null);
        List<JsonNode> lines = jsonLines(export(ExportFormat.DOCCANO, options, "dc.jsonl"));
        assertEquals(fx.sentences, lines.size());
        List<String> seen = new ArrayList<>();
        for (JsonNode n : lines) {
            assertTrue(n.get("label").isArray() && n.get("label").size() <= 1, n::toString);
            if (n.get("label").size() == 1) {
                seen.add(n.get("doc_id").asLong() + "|" + n.get("text").asText() + "|" + n.get("label").get(0).asText());
            }
        }
        assertEquals(fx.expectedTags(), seen);
    }

    @Test
    void labelStudioTasksSelectTheirTextAndTheConfigListsTheLabels() throws Exception {
        Path file = export(ExportFormat.LABEL_STUDIO, ExportOptions.defaults(), "ls.json");
        JsonNode tasks = JSON.readTree(file.toFile());
        assertTrue(tasks.isArray());
        List<String> seen = new ArrayList<>();
        for (JsonNode task : tasks) {
            String text = task.get("data").get("text").asText();
            for (JsonNode r : task.get("annotations").get(0).get("result")) {
                assertEquals("label", r.get("from_name").asText());
                assertEquals("text", r.get("to_name").asText());
                assertEquals("labels", r.get("type").asText());
                JsonNode v = r.get("value");
                String slice = codePointSlice(text, v.get("start").asInt(), v.get("end").asInt());
                assertEquals(v.get("text").asText(), slice);
                seen.add(task.get("data").get("doc_id").asLong() + "|" + slice + "|" + v.get("labels").get(0).asText());
            }
        }
        assertEquals(fx.expectedTags(), seen);

        Path config = dir.resolve("ls.label_config.xml");
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(config.toFile());
        var labels = xml.getElementsByTagName("Label");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < labels.getLength(); i++) {
            values.add(labels.item(i).getAttributes().getNamedItem("value").getNodeValue());
        }
        assertEquals(ExportFixture.LABELS, values);
        assertEquals("text", xml.getElementsByTagName("Labels").item(0).getAttributes().getNamedItem("toName").getNodeValue());
    }

    @Test
    void bratAnnotationsSelectTheirTextInTheTxtFile() throws IOException {
        Path folder = export(ExportFormat.BRAT, ExportOptions.defaults(), "brat");
        assertTrue(Files.readString(folder.resolve("annotation.conf")).contains("[entities]\nClaim\nResponse\nBackground\n"));
        List<String> seen = new ArrayList<>();
        for (Path ann : sorted(folder, ".ann")) {
            String name = ann.getFileName().toString().replace(".ann", "");
            String text = Files.readString(folder.resolve(name + ".txt"), StandardCharsets.UTF_8);
            long doc = Long.parseLong(name.substring(0, name.indexOf('-')));
            assertEquals(fx.texts.get(doc), text);
            for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
                if (!line.startsWith("T")) {
                    continue;
                }
                String[] f = line.split("\t");
                String type = f[1].substring(0, f[1].indexOf(' '));
                // Fragments "S1 E1;S2 E2" (a span over a line break): each selects its part of the text.
                List<String> parts = new ArrayList<>();
                int first = -1;
                int last = -1;
                for (String fragment : f[1].substring(type.length() + 1).split(";")) {
                    String[] se = fragment.split(" ");
                    int start = Integer.parseInt(se[0]);
                    last = Integer.parseInt(se[1]);
                    first = first < 0 ? start : first;
                    parts.add(codePointSlice(text, start, last));
                }
                assertEquals(f[2], String.join(" ", parts));
                seen.add(doc + "|" + codePointSlice(text, first, last) + "|" + type);
            }
        }
        assertEquals(fx.expectedTags(), seen);
    }

    @Test
    void aSentenceMergedOverALineBreakStaysExactInEveryFormat() throws Exception {
        fx.ws.annotation().merge(fx.tricky(), 1, java.util.Optional.of("Claim"));
        fx.refreshTags();
        assertTrue(fx.tagged.stream().anyMatch(t -> t.text().contains("\n")), "the merge spans a line break");
        jsonlOffsetsAreUtf16AndSelectTheSentence();
        doccanoSequenceSpansCountUtf16UnitsByDefault();
        labelStudioTasksSelectTheirTextAndTheConfigListsTheLabels();
        bratAnnotationsSelectTheirTextInTheTxtFile();
        webAnnoTokensSelectTheirTextAndLabelledSentencesSpanTheirTokens();
        String tsv = Files.readString(sorted(dir.resolve("tsv"), ".tsv").get(0));
        assertTrue(tsv.contains("#Text=The minister said \"we will act\" 🚀 soon.\n#Text==SUM(A1)"),
                "one #Text line per line of the merged sentence:\n" + tsv);
    }

    @Test
    void bratWritesNotesAsAnnotatorNotes() throws IOException {
        var first = fx.tagged.get(0);
        long sentenceId = fx.ws.annotation().open(first.doc()).orElseThrow().sentences().get(0).id();
        fx.ws.annotation().note(sentenceId, "check\tthis");
        Path folder = export(ExportFormat.BRAT, ExportOptions.defaults(), "brat");
        String ann = Files.readString(sorted(folder, ".ann").get(0));
        assertTrue(ann.contains("#1\tAnnotatorNotes T1\tcheck this\n"), ann);
    }

    @Test
    void webAnnoTokensSelectTheirTextAndLabelledSentencesSpanTheirTokens() throws IOException {
        Path folder = export(ExportFormat.WEBANNO_TSV, ExportOptions.defaults(), "tsv");
        List<String> seen = new ArrayList<>();
        for (Path tsv : sorted(folder, ".tsv")) {
            String name = tsv.getFileName().toString();
            long doc = Long.parseLong(name.substring(0, name.indexOf('-')));
            String text = fx.texts.get(doc);
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            assertEquals("#FORMAT=WebAnno TSV 3.3", lines.get(0));
            assertEquals("#T_SP=webanno.custom.Sentag|label|note", lines.get(1));
            Map<String, int[]> spans = new HashMap<>();
            Map<String, String> labelOf = new HashMap<>();
            for (String line : lines) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String[] be = f[1].split("-");
                int b = Integer.parseInt(be[0]);
                int e = Integer.parseInt(be[1]);
                assertEquals(f[2], text.substring(b, e), line);
                if (!f[3].equals("_")) {
                    String key = f[0].split("-")[0] + ":" + f[3];
                    spans.merge(key, new int[] {b, e}, (x, y) -> new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
                    labelOf.put(key, f[3].replaceAll("\\[\\d+]$", ""));
                }
            }
            spans.entrySet().stream().sorted(Map.Entry.comparingByValue((x, y) -> Integer.compare(x[0], y[0])))
                    .forEach(en -> seen.add(doc + "|" + text.substring(en.getValue()[0], en.getValue()[1]) + "|"
                            + labelOf.get(en.getKey())));
        }
        assertEquals(fx.expectedTags(), seen);
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> keys = new java.util.TreeSet<>();
        n.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<Path> sorted(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
