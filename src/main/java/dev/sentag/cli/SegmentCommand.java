package dev.sentag.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentag.segment.NewsSentenceSegmenter;
import dev.sentag.segment.SentenceSegmenter;
import dev.sentag.segment.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag segment}: text on standard input, one sentence per line out; or JSONL in and out. */
@Command(name = "segment", description = {"Split standard input into sentences, one per line.",
        "With --jsonl, read {\"id\":…,\"text\":…} lines and write {\"id\":…,\"sentences\":[…]} lines."})
final class SegmentCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--jsonl", description = "JSON Lines in and out, one line out per line in.")
    boolean jsonl;

    private final SentenceSegmenter segmenter = new NewsSentenceSegmenter();

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var in = new BufferedReader(new InputStreamReader(root.io().in(), StandardCharsets.UTF_8));
        if (!jsonl) {
            StringBuilder text = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                text.append(buf, 0, n);
            }
            for (Span s : segmenter.segment(text)) {
                out.println(s.of(text));
            }
            return 0;
        }
        ObjectMapper json = new ObjectMapper();
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            out.println(json.writeValueAsString(segmentRecord(json, line, lineNo)));
            out.flush();
        }
        return 0;
    }

    private ObjectNode segmentRecord(ObjectMapper json, String line, int lineNo) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("line " + lineNo + ": not valid JSON (" + e.getOriginalMessage() + ").");
        }
        if (node == null || !node.isObject() || !node.path("text").isTextual()) {
            throw new IllegalArgumentException("line " + lineNo + ": needs a \"text\" string field.");
        }
        String text = node.get("text").asText();
        ObjectNode result = json.createObjectNode();
        result.set("id", node.get("id"));
        var sentences = result.putArray("sentences");
        segmenter.segment(text).forEach(s -> sentences.add(s.of(text)));
        return result;
    }
}
