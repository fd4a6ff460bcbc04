package dev.sentag.export;

import static dev.sentag.export.ExportFixture.codePointSlice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.ingest.ImportResult;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads links and speakers back from every format and checks that each link joins the right two sentences
 * (by their text) with its type, and each speaker sits on the right sentence. The tricky document has an
 * emoji outside the BMP before the linked sentences, so an offset counted in the wrong unit shows.
 */
class LinkExportRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String T = "responds_to";

    @TempDir
    Path dir;
    ExportFixture fx;
    long doc;
    Map<Integer, String> text = new HashMap<>();

    @BeforeEach
    void library() throws IOException {
        fx = new ExportFixture(dir);
        doc = fx.tricky();
        fx.ws.annotation().open(doc).orElseThrow().sentences().forEach(s -> text.put(s.index(), s.text()));
        var links = fx.ws.links();
        links.link(doc, 3, 1, null);
        links.link(doc, 2, 1, null);
        links.link(doc, 4, 3, null);
        links.link(doc, 5, 1, null); // from the untagged last sentence: only the sentence formats carry it
        links.speaker(doc, 1, "the minister");
        links.speaker(doc, 2, "the clerk");
        links.speaker(doc, 5, "nobody\twith a tab");
    }

    @AfterEach
    void close() {
        fx.ws.close();
    }

    private String link(int from, int to) {
        return text.get(from) + " -> " + text.get(to) + " : " + T;
    }

    /** Every link, as the formats with a row per sentence carry them. */
    private Set<String> allLinks() {
        return Set.of(link(3, 1), link(2, 1), link(4, 3), link(5, 1));
    }

    /** The links between tagged sentences, which the span formats can hang on their spans. */
    private Set<String> spanLinks() {
        return Set.of(link(3, 1), link(2, 1), link(4, 3));
    }

    private Path export(ExportFormat format, String name) throws IOException {
        Path out = dir.resolve(name);
        fx.ws.exports().exportTo(format, ExportOptions.defaults(), out, ExportProgress.NONE);
        return out;
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    @Test
    void jsonlRowsCarrySpeakerAndOutgoingLinks() throws IOException {
        Set<String> links = new HashSet<>();
        Map<String, String> speakers = new HashMap<>();
        for (JsonNode n : jsonLines(export(ExportFormat.JSONL, "s.jsonl"))) {
            if (n.get("doc_id").asLong() != doc) {
                assertEquals(0, n.get("links").size());
                continue;
            }
            assertTrue(n.get("links").isArray(), n.toString());
            for (JsonNode l : n.get("links")) {
                links.add(n.get("text").asText() + " -> " + text.get(l.get("to").asInt()) + " : " + l.get("type").asText());
            }
            if (!n.get("speaker").isNull()) {
                speakers.put(n.get("text").asText(), n.get("speaker").asText());
            }
        }
        assertEquals(allLinks(), links);
        assertEquals(Map.of(text.get(1), "the minister", text.get(2), "the clerk", text.get(5), "nobody\twith a tab"),
                speakers);
    }

    @Test
    void csvHasSpeakerAndLinksAsOneJsonCell() throws IOException {
        String csv = Files.readString(export(ExportFormat.CSV, "s.csv"), StandardCharsets.UTF_8);
        Set<String> links = new HashSet<>();
        Map<String, String> speakers = new HashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(csv))) {
            if (Long.parseLong(r.get("doc_id")) != doc) {
                continue;
            }
            String sentence = r.get("text").startsWith("'") ? r.get("text").substring(1) : r.get("text");
            for (JsonNode l : JSON.readTree(r.get("links"))) {
                links.add(sentence + " -> " + text.get(l.get("to").asInt()) + " : " + l.get("type").asText());
            }
            if (!r.get("speaker").isEmpty()) {
                speakers.put(sentence, r.get("speaker"));
            }
        }
        assertEquals(allLinks(), links);
        assertEquals("the clerk", speakers.get(text.get(2)));
    }

    @Test
    void jsonlDocsReimportsLinksAndSpeakersLosslessly() throws IOException {
        Path file = export(ExportFormat.JSONL_DOCS, "docs.jsonl");
        try (Workspace other = Workspace.open(dir.resolve("other.db"))) {
            var results = other.imports().importPath(file);
            assertEquals(2, results.size(), results::toString);
            long copy = assertInstanceOf(ImportResult.Imported.class, results.get(0), results::toString).documentId();
            other.annotation().actAs("ada");
            Map<Integer, String> copyText = new HashMap<>();
            other.annotation().open(copy).orElseThrow().sentences().forEach(s -> copyText.put(s.index(), s.text()));
            Set<String> links = new HashSet<>();
            other.links().links(copy).forEach(l -> links.add(copyText.get(l.fromIndex()) + " -> "
                    + copyText.get(l.toIndex()) + " : " + l.type()));
            assertEquals(allLinks(), links);
            Map<String, String> speakers = new HashMap<>();
            other.links().speakers(copy).forEach((i, name) -> speakers.put(copyText.get(i), name));
            assertEquals(Map.of(text.get(1), "the minister", text.get(2), "the clerk", text.get(5),
                    "nobody\twith a tab"), speakers);
        }
    }

    @Test
    void jsonlDocsOfAnotherAnnotatorMergesTheirLinksUnderTheirName() throws IOException {
        Path file = export(ExportFormat.JSONL_DOCS, "docs.jsonl");
        // The same document in a library where ada has since lost a link and a speaker, and "bob" linked
        // differently: merging ada's file brings hers back and leaves his alone.
        fx.ws.links().unlink(doc, 5, 1, null);
        fx.ws.links().speaker(doc, 2, null);
        assertEquals(3, fx.ws.links().links(doc).size());
        fx.ws.annotation().switchAnnotator("bob");
        fx.ws.links().link(doc, 4, 1, null);
        var results = fx.ws.imports().importPath(file);
        assertInstanceOf(ImportResult.TagsMerged.class, results.get(0), results::toString);

        fx.ws.annotation().switchAnnotator("ada");
        assertEquals(4, fx.ws.links().links(doc).size());
        assertEquals("the clerk", fx.ws.links().speakers(doc).get(2));
        fx.ws.annotation().switchAnnotator("bob");
        assertEquals(List.of("4>1"), fx.ws.links().links(doc).stream().map(l -> l.fromIndex() + ">" + l.toIndex())
                .toList());
    }

    @Test
    void jsonlDocsOfTaggedSentencesOnlyLeavesOutLinksToUntaggedOnesAndStillReimports() throws IOException {
        fx.ws.links().link(doc, 1, 5, null); // to the untagged last sentence, which --tagged-only leaves out
        Path file = dir.resolve("tagged.jsonl");
        fx.ws.exports().exportTo(ExportFormat.JSONL_DOCS, new ExportOptions(null, false), file, ExportProgress.NONE);
        try (Workspace other = Workspace.open(dir.resolve("other.db"))) {
            var results = other.imports().importPath(file);
            long copy = assertInstanceOf(ImportResult.Imported.class, results.get(0), results::toString).documentId();
            other.annotation().actAs("ada");
            Map<Integer, String> copyText = new HashMap<>();
            other.annotation().open(copy).orElseThrow().sentences().forEach(s -> copyText.put(s.index(), s.text()));
            Set<String> links = new HashSet<>();
            other.links().links(copy).forEach(l -> links.add(copyText.get(l.fromIndex()) + " -> "
                    + copyText.get(l.toIndex()) + " : " + l.type()));
            assertEquals(spanLinks(), links);
        }
    }

    @Test
    void bratRelationsJoinTheRightSpansAndConfDeclaresTheType() throws IOException {
        Path folder = export(ExportFormat.BRAT, "brat");
        String conf = Files.readString(folder.resolve("annotation.conf"));
        assertTrue(conf.contains("[relations]\n" + T + " Arg1:<ENTITY>, Arg2:<ENTITY>\n"), conf);
        Path ann;
        try (Stream<Path> files = Files.list(folder)) {
            ann = files.filter(p -> p.getFileName().toString().startsWith(String.format("%05d", doc))
                    && p.toString().endsWith(".ann")).findFirst().orElseThrow();
        }
        String docText = fx.texts.get(doc);
        Map<String, String> spans = new HashMap<>();
        Set<String> links = new HashSet<>();
        Map<String, String> speakers = new HashMap<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f[0].startsWith("T")) {
                String[] typeAndOffsets = f[1].split(" ");
                spans.put(f[0], codePointSlice(docText, Integer.parseInt(typeAndOffsets[1]),
                        Integer.parseInt(typeAndOffsets[2])));
            }
        }
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f[0].startsWith("R")) {
                String[] a = f[1].split(" ");
                links.add(spans.get(a[1].substring(5)) + " -> " + spans.get(a[2].substring(5)) + " : " + a[0]);
            } else if (f[0].startsWith("#") && f[2].startsWith("speaker: ")) {
                speakers.put(spans.get(f[1].split(" ")[1]), f[2].substring("speaker: ".length()));
            }
        }
        assertEquals(spanLinks(), links);
        assertEquals(Map.of(text.get(1), "the minister", text.get(2), "the clerk"), speakers);
    }

    @Test
    void labelStudioRelationsUseSpanIdsAndConfigDeclaresThem() throws IOException {
        Path file = export(ExportFormat.LABEL_STUDIO, "ls.json");
        String config = Files.readString(dir.resolve("ls.label_config.xml"));
        assertTrue(config.contains("<Relations>\n    <Relation value=\"" + T + "\"/>\n  </Relations>"), config);
        assertTrue(config.contains("<TextArea name=\"speaker\" toName=\"text\" perRegion=\"true\""), config);
        for (JsonNode task : JSON.readTree(file.toFile())) {
            if (task.get("data").get("doc_id").asLong() != doc) {
                continue;
            }
            String docText = task.get("data").get("text").asText();
            Map<String, String> regions = new HashMap<>();
            JsonNode result = task.get("annotations").get(0).get("result");
            for (JsonNode r : result) {
                if (r.get("type").asText().equals("labels")) {
                    JsonNode v = r.get("value");
                    regions.put(r.get("id").asText(), codePointSlice(docText, v.get("start").asInt(), v.get("end").asInt()));
                }
            }
            Set<String> links = new HashSet<>();
            Map<String, String> speakers = new HashMap<>();
            for (JsonNode r : result) {
                if (r.get("type").asText().equals("relation")) {
                    assertEquals("right", r.get("direction").asText());
                    links.add(regions.get(r.get("from_id").asText()) + " -> " + regions.get(r.get("to_id").asText())
                            + " : " + r.get("labels").get(0).asText());
                } else if (r.get("type").asText().equals("textarea")) {
                    assertEquals("speaker", r.get("from_name").asText());
                    speakers.put(regions.get(r.get("id").asText()), r.get("value").get("text").get(0).asText());
                }
            }
            assertEquals(spanLinks(), links);
            assertEquals(Map.of(text.get(1), "the minister", text.get(2), "the clerk"), speakers);
            return;
        }
        throw new AssertionError("the linked document is missing from the export");
    }

    @Test
    void doccanoWritesTheLinkedDocumentInRelationFormat() throws IOException {
        boolean seen = false;
        for (JsonNode line : jsonLines(export(ExportFormat.DOCCANO, "d.jsonl"))) {
            if (line.get("doc_id").asLong() != doc) {
                assertTrue(line.has("label") && !line.has("relations"), "a document without links keeps its shape");
                continue;
            }
            seen = true;
            String docText = line.get("text").asText();
            Map<Integer, String> entities = new HashMap<>();
            for (JsonNode e : line.get("entities")) {
                // doccano's default offsets are UTF-16 units (what its labelling screen counts)
                entities.put(e.get("id").asInt(), docText.substring(e.get("start_offset").asInt(),
                        e.get("end_offset").asInt()));
                assertTrue(e.get("label").isTextual());
            }
            Set<String> links = new HashSet<>();
            for (JsonNode r : line.get("relations")) {
                links.add(entities.get(r.get("from_id").asInt()) + " -> " + entities.get(r.get("to_id").asInt()) + " : "
                        + r.get("type").asText());
            }
            assertEquals(spanLinks(), links);
            Map<String, String> speakers = new HashMap<>();
            line.get("speakers").forEach(s -> speakers.put(entities.get(s.get("entity_id").asInt()),
                    s.get("speaker").asText()));
            assertEquals(Map.of(text.get(1), "the minister", text.get(2), "the clerk"), speakers);
        }
        assertTrue(seen);
    }

    @Test
    void webAnnoRelationLayerPointsFromSourceToTargetSpan() throws IOException {
        Path folder = export(ExportFormat.WEBANNO_TSV, "tsv");
        Path tsv;
        try (Stream<Path> files = Files.list(folder)) {
            tsv = files.filter(p -> p.getFileName().toString().startsWith(String.format("%05d", doc))).findFirst()
                    .orElseThrow();
        }
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertEquals(List.of("#FORMAT=WebAnno TSV 3.3", "#T_SP=webanno.custom.Sentag|label|note",
                "#T_SP=webanno.custom.SentagSpeaker|name",
                "#T_RL=webanno.custom.SentagLink|type|BT_webanno.custom.Sentag"), lines.subList(0, 4));
        Map<String, String> sentenceText = new HashMap<>();
        String current = null;
        for (String line : lines) {
            if (line.startsWith("#Text=")) {
                current = line.substring(6);
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                sentenceText.putIfAbsent(line.split("-")[0], current);
            }
        }
        Set<String> links = new HashSet<>();
        Map<String, String> speakers = new HashMap<>();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            assertEquals(8, f.length, line);
            String sentence = line.split("-")[0];
            if (!f[5].equals("_")) {
                speakers.put(sentenceText.get(sentence), f[5].replaceAll("\\[\\d+]$", ""));
            }
            if (!f[6].equals("_")) {
                String[] types = f[6].split("\\|");
                String[] refs = f[7].split("\\|");
                for (int i = 0; i < types.length; i++) {
                    String source = refs[i].split("-")[0];
                    links.add(sentenceText.get(source) + " -> " + sentenceText.get(sentence) + " : "
                            + types[i].replace("\\", ""));
                }
            }
        }
        Set<String> expected = new HashSet<>();
        spanLinks().forEach(l -> expected.add(escapeTexts(l)));
        assertEquals(expected, links);
        // The speaker layer stands on its own, so an untagged sentence's speaker is there too (tab made a space).
        assertEquals(Map.of(WebAnnoTsvWriter.escape(text.get(1)), "the minister",
                WebAnnoTsvWriter.escape(text.get(2)), "the clerk", WebAnnoTsvWriter.escape(text.get(5)),
                "nobody with a tab"), speakers);
    }

    /** The link string with both sentence texts as #Text lines write them. */
    private String escapeTexts(String link) {
        String[] parts = link.split(" -> | : ");
        return WebAnnoTsvWriter.escape(parts[0]) + " -> " + WebAnnoTsvWriter.escape(parts[1]) + " : " + parts[2];
    }
}
