package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.SeedFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Every export format names each document's source (file path or URL) and import time, read back from the files. */
class CliProvenanceExportTest extends CliHarness {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** doc id → "source|imported_at", as the jsonl export says; checked against the seed files imported. */
    private Map<Long, String> provenanceFromJsonl() throws IOException {
        Run run = sentag("export", "--format", "jsonl");
        assertEquals(0, run.code(), run::err);
        Map<Long, String> byDoc = new HashMap<>();
        for (String line : run.lines()) {
            JsonNode n = JSON.readTree(line);
            String p = n.get("source").asText() + "|" + n.get("imported_at").asText();
            String before = byDoc.put(n.get("doc_id").asLong(), p);
            assertTrue(before == null || before.equals(p), "one provenance per document: " + line);
            Instant.parse(n.get("imported_at").asText());
        }
        return byDoc;
    }

    @Test
    void everyFormatNamesEachDocumentsSourceAndImportTime() throws IOException {
        importSeeds();
        assertEquals(0, sentag("tag", "1", "0", "claim").code());
        Map<Long, String> expected = provenanceFromJsonl();
        assertEquals(Set.of(SeedFiles.first().toAbsolutePath().normalize().toString(),
                        SeedFiles.second().toAbsolutePath().normalize().toString()),
                Set.copyOf(expected.values().stream().map(p -> Path.of(p.split("\\|")[0]).normalize().toString()).toList()));

        Run csv = sentag("export", "--format", "csv");
        for (CSVRecord r : csvRecords(csv.out())) {
            assertEquals(expected.get(Long.parseLong(r.get("doc_id"))), r.get("source") + "|" + r.get("imported_at"));
        }

        for (String line : sentag("export", "--format", "jsonl-docs").lines()) {
            JsonNode d = JSON.readTree(line);
            JsonNode meta = d.get("metadata");
            assertEquals(expected.get(d.get("id").asLong()), meta.get("source").asText() + "|" + meta.get("imported_at").asText(),
                    "plain-text documents get metadata too");
        }

        for (String mode : List.of("sequence", "classification")) {
            for (String line : sentag("export", "--format", "doccano", "--doccano-mode", mode).lines()) {
                JsonNode d = JSON.readTree(line);
                assertEquals(expected.get(d.get("doc_id").asLong()), d.get("source").asText() + "|" + d.get("imported_at").asText());
            }
        }

        Path ls = dir.resolve("tasks.json");
        assertEquals(0, sentag("export", "--format", "label-studio", "--out", ls.toString()).code());
        JsonNode tasks = JSON.readTree(ls.toFile());
        assertEquals(expected.size(), tasks.size());
        for (JsonNode task : tasks) {
            String want = expected.get(task.get("data").get("doc_id").asLong());
            for (JsonNode meta : List.of(task.get("meta"), task.get("data").get("meta"))) {
                assertEquals(want, meta.get("source").asText() + "|" + meta.get("imported_at").asText());
            }
        }

        for (String format : List.of("brat", "webanno-tsv")) {
            Path folder = dir.resolve(format);
            assertEquals(0, sentag("export", "--format", format, "--out", folder.toString()).code());
            List<CSVRecord> rows = csvRecords(Files.readString(folder.resolve("sources.csv"), StandardCharsets.UTF_8));
            assertEquals(expected.size(), rows.size(), format);
            for (CSVRecord r : rows) {
                assertEquals(expected.get(Long.parseLong(r.get("doc_id"))), r.get("source") + "|" + r.get("imported_at"));
                String data = format.equals("brat") ? ".ann" : ".tsv";
                assertTrue(Files.isRegularFile(folder.resolve(r.get("name") + data)), format + ": " + r.get("name"));
            }
        }
    }

    @Test
    void aReimportedExportKeepsTheEarlierSourceBesideItsOwn() throws IOException {
        importSeeds();
        Map<Long, String> first = provenanceFromJsonl();
        Path docs = dir.resolve("docs.jsonl");
        assertEquals(0, sentag("export", "--format", "jsonl-docs", "--out", docs.toString()).code());
        Path other = dir.resolve("other.db");
        assertEquals(0, runRaw("--db", other.toString(), "import", docs.toString()).code());
        Run again = runRaw("--db", other.toString(), "export", "--format", "jsonl-docs");
        assertEquals(0, again.code(), again::err);
        for (String line : again.lines()) {
            JsonNode meta = JSON.readTree(line).get("metadata");
            assertEquals(docs.toAbsolutePath().toString(), meta.get("source").asText());
            String original = meta.get("original_source").asText() + "|" + meta.get("original_imported_at").asText();
            assertTrue(first.containsValue(original), original);
            assertFalse(meta.get("imported_at").asText().isEmpty());
        }
    }

    private static List<CSVRecord> csvRecords(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text)).getRecords();
    }
}
