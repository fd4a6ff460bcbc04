package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.SqliteProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodebookExportTest extends CliHarness {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Seeds imported; Quote added (version 2); sentence 0 tagged Claim sure, 1 Quote unsure (version 2). */
    private void tagged() {
        importSeeds();
        sentag("tag", "2", "0", "claim");
        assertEquals(0, sentag("labels", "add", "Quote", "--color", "#CC79A7", "--description", "Reported speech.").code());
        assertEquals(0, sentag("tag", "2", "1", "quote", "--unsure").code());
    }

    @Test
    void jsonlAndCsvRowsCarryCodebookVersionAndUnsure() throws IOException {
        tagged();
        Run jsonl = sentag("export", "--format", "jsonl", "--doc", "2", "--tagged-only");
        List<JsonNode> rows = jsonl.lines().stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertEquals(2, rows.size(), jsonl::err);
        assertEquals(1, rows.get(0).get("codebook_version").asInt());
        assertEquals(false, rows.get(0).get("unsure").asBoolean(true));
        assertEquals(2, rows.get(1).get("codebook_version").asInt());
        assertEquals(true, rows.get(1).get("unsure").asBoolean(false));

        Run csv = sentag("export", "--format", "csv", "--doc", "2", "--tagged-only");
        String header = csv.lines().get(0);
        assertTrue(header.contains(",codebook_version,unsure"), header);
        assertTrue(csv.lines().get(2).endsWith(",2,true,,[]"), csv.lines().get(2));
    }

    @Test
    void jsonlDocsCarriesTheCodebookAndReimportsItWithTheUnsureFlags() throws IOException {
        tagged();
        sentag("labels", "describe", "Quote", "Reported speech.", "--example", "“No,” she said.");
        Path file = dir.resolve("docs.jsonl");
        assertEquals(0, sentag("export", "--format", "jsonl-docs", "--out", file.toString()).code());
        List<String> lines = Files.readAllLines(file);
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals(3, first.get("codebook").get("version").asInt());
        assertEquals("Quote", first.get("codebook").get("labels").get(3).get("name").asText());
        assertTrue(JSON.readTree(lines.get(1)).path("codebook").isMissingNode(), "the codebook comes once per file");

        Path other = dir.resolve("other.db");
        Run imported = runRaw("--db", other.toString(), "import", file.toString());
        assertEquals(0, imported.code(), imported::err);

        Run labels = runRaw("--db", other.toString(), "labels");
        assertEquals("4\tQuote\t#CC79A7\tReported speech.", labels.lines().get(3), labels::out);
        assertEquals(1, SqliteProbe.number(other, "SELECT count(*) FROM tags WHERE unsure = 1"));
        assertEquals("Quote", SqliteProbe.text(other,
                "SELECT l.name FROM tags t JOIN labels l ON l.id = t.label_id WHERE t.unsure = 1"));
        assertTrue(SqliteProbe.text(other, "SELECT examples FROM labels WHERE name = 'Quote'").contains("she said"));
    }

    @Test
    void bratLabelStudioAndWebAnnoListTheCurrentLabelsWithColours() throws IOException {
        tagged();
        sentag("labels", "rename", "Claim", "Assertion");
        sentag("labels", "retire", "Quote", "--into", "Response");

        Path brat = dir.resolve("brat");
        assertEquals(0, sentag("export", "--format", "brat", "--out", brat.toString()).code());
        assertTrue(Files.readString(brat.resolve("annotation.conf")).contains("[entities]\nAssertion\nResponse\nBackground\n\n"));
        assertEquals("[labels]\nAssertion | Assertion\nResponse | Response\nBackground | Background\n\n[drawing]\n"
                + "Assertion\tbgColor:#E69F00\nResponse\tbgColor:#0072B2\nBackground\tbgColor:#009E73\n",
                Files.readString(brat.resolve("visual.conf")));

        Path ls = dir.resolve("ls.json");
        assertEquals(0, sentag("export", "--format", "label-studio", "--out", ls.toString()).code());
        String config = Files.readString(dir.resolve("ls.label_config.xml"));
        assertTrue(config.contains("<Label value=\"Assertion\" background=\"#E69F00\""), config);
        assertTrue(!config.contains("Quote") && !config.contains("\"Claim\""), config);

        Path tsv = dir.resolve("tsv");
        assertEquals(0, sentag("export", "--format", "webanno-tsv", "--out", tsv.toString()).code());
        JsonNode tagset = JSON.readTree(tsv.resolve("sentag.tagset.json").toFile());
        assertEquals(List.of("Assertion", "Response", "Background"),
                List.of(tagset.get("tags").get(0).get("tag_name").asText(), tagset.get("tags").get(1).get("tag_name").asText(),
                        tagset.get("tags").get(2).get("tag_name").asText()));
        assertEquals(3, tagset.get("tags").size());
    }

    @Test
    void anotherAnnotatorsUnsureMarksArriveWhenTheirTagsAreMergedIn() throws IOException {
        importSeeds();
        assertEquals(0, sentag("--annotator", "ana", "tag", "2", "0", "claim", "--unsure").code());
        Path docs = dir.resolve("ana.jsonl");
        Path rows = dir.resolve("ana-rows.jsonl");
        assertEquals(0, sentag("--annotator", "ana", "export", "--format", "jsonl-docs", "--out", docs.toString()).code());
        assertEquals(0, sentag("--annotator", "ana", "export", "--format", "jsonl", "--out", rows.toString()).code());

        Path other = dir.resolve("other.db");
        assertEquals(0, runRaw("--db", other.toString(), "import", dev.sentag.SeedFiles.first().toString(),
                dev.sentag.SeedFiles.second().toString()).code());
        Run merged = runRaw("--db", other.toString(), "import", docs.toString());
        assertEquals(0, merged.code(), merged::err);
        assertEquals(1, SqliteProbe.number(other, """
                SELECT count(*) FROM tags t JOIN annotators a ON a.id = t.annotator_id WHERE a.name = 'ana' AND t.unsure = 1"""));

        Path third = dir.resolve("third.db");
        Run fromRows = runRaw("--db", third.toString(), "import", rows.toString());
        assertEquals(0, fromRows.code(), fromRows::err);
        assertEquals(1, SqliteProbe.number(third, "SELECT count(*) FROM tags WHERE unsure = 1"));
    }
}
