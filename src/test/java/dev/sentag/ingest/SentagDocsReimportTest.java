package dev.sentag.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentag.SeedFiles;
import dev.sentag.annotate.OpenDocument;
import dev.sentag.model.LabelSet;
import dev.sentag.model.Sentence;
import dev.sentag.model.Tag;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged set moves between machines as jsonl-docs (the shape issue 6 documents: id, title, text,
 * metadata, sentences[index, start, end, text, label, note, annotator]) and comes back identical. The
 * lines are written here from the database, as that exporter will write them.
 */
class SentagDocsReimportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void reimportKeepsTextSplitExclusionsTagsNotesAndTheAnnotatorsName() throws IOException {
        Path export = dir.resolve("set.jsonl");
        List<String> before;
        try (Workspace ws = Workspace.open(dir.resolve("a.db"))) {
            ws.annotation().switchAnnotator("ada");
            for (Path seed : SeedFiles.both()) {
                ws.imports().importFile(seed);
            }
            ws.annotation().tag(1, 1, "Claim");
            long noted = ws.annotation().tag(1, 3, "Response").sentence().id();
            ws.annotation().note(noted, "quoted twice");
            ws.annotation().tag(2, 0, "Background");
            List<String> lines = new ArrayList<>();
            for (long id : List.of(1L, 2L)) {
                lines.add(JSON.writeValueAsString(docsLine(ws.annotation().open(id).orElseThrow(), ws.annotation().labels())));
            }
            Files.write(export, lines, StandardCharsets.UTF_8);
            before = describe(ws);
        }
        try (Workspace fresh = Workspace.open(dir.resolve("b.db"))) {
            List<ImportResult> results = fresh.imports().importPath(export);
            assertTrue(results.stream().allMatch(r -> r instanceof ImportResult.Imported), results::toString);
            fresh.annotation().switchAnnotator("ada");
            assertEquals(before, describe(fresh));
        }
    }

    @Test
    void aPerSentenceExportLineWhoseOffsetsDoNotFitItsTextIsRefusedByLine() throws IOException {
        Path file = Files.writeString(dir.resolve("sentences.jsonl"), "{\"doc_id\": 1, \"doc_title\": \"T\","
                + " \"sentence_index\": 0, \"start\": 0, \"end\": 5, \"text\": \"Hello\", \"label\": null}\n"
                + "{\"doc_id\": 1, \"doc_title\": \"T\", \"sentence_index\": 1, \"start\": 3, \"end\": 9,"
                + " \"text\": \"World.\", \"label\": null}\n");
        String message = failure(file);
        assertTrue(message.contains("line 2") && message.contains("overlap"), message);
    }

    @Test
    void offsetsThatDoNotSelectTheSentenceTextAreRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"title\": \"T\", \"text\": \"One. Two.\","
                + " \"sentences\": [{\"index\": 0, \"start\": 0, \"end\": 4, \"text\": \"One.\"},"
                + " {\"index\": 1, \"start\": 4, \"end\": 9, \"text\": \"Two.\"}]}\n");
        String message = failure(file);
        assertTrue(message.contains("line 1, sentence 1") && message.contains("not the document text"), message);
    }

    @Test
    void anUnknownLabelFailsTheDocumentAndStoresNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("label.jsonl"), "{\"title\": \"T\", \"text\": \"One.\","
                + " \"sentences\": [{\"start\": 0, \"end\": 4, \"label\": \"Rumour\", \"annotator\": \"bo\"}]}\n");
        String message = failure(file);
        assertTrue(message.contains("Rumour"), message);
    }

    private String failure(Path file) {
        try (Workspace ws = Workspace.open(dir.resolve("c.db"))) {
            var failed = assertInstanceOf(ImportResult.Failed.class, ws.imports().importPath(file).get(0));
            assertEquals(0, ws.annotation().documents().size());
            return failed.message();
        }
    }

    private static ObjectNode docsLine(OpenDocument d, LabelSet labels) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", d.document().id());
        line.put("title", d.document().title());
        line.put("text", d.document().text());
        line.putObject("metadata");
        ArrayNode sentences = line.putArray("sentences");
        for (Sentence s : d.sentences()) {
            Tag t = d.tags().get(s.id());
            ObjectNode o = sentences.addObject();
            o.put("index", s.index()).put("start", s.start()).put("end", s.end()).put("text", s.text())
                    .put("excluded", s.excluded());
            o.put("label", t == null || t.labelId() == null ? null : labels.byId(t.labelId()).orElseThrow().name());
            o.put("note", t == null ? null : t.note());
            o.put("annotator", t == null ? null : "ada");
        }
        return line;
    }

    /** Title, then per sentence: excluded flag, span, text, label id and note of the current annotator. */
    private static List<String> describe(Workspace ws) {
        List<String> out = new ArrayList<>();
        for (var summary : ws.annotation().documents()) {
            OpenDocument d = ws.annotation().open(summary.id()).orElseThrow();
            out.add(d.document().title() + " / " + d.document().contentHash());
            for (Sentence s : d.sentences()) {
                Tag t = d.tags().get(s.id());
                out.add(s.excluded() + " " + s.start() + "-" + s.end() + " " + s.text() + " | "
                        + (t == null ? "-" : t.labelId() + " " + t.note()));
            }
        }
        return out;
    }
}
