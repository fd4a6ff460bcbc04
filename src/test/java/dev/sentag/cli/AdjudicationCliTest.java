package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adjudicated {@code gold} annotator: left out of agreement unless named, exported with --annotator gold. */
class AdjudicationCliTest extends CliHarness {
    private void tagAs(String who, String labels) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < labels.length(); i++) {
            lines.append("2 ").append(i).append(labels.charAt(i) == 'C' ? " claim" : " response").append('\n');
        }
        Run run = sentagWithInput(lines.toString(), "--annotator", who, "tag", "--stdin");
        assertEquals(0, run.code(), run::err);
    }

    @Test
    void agreementLeavesGoldOutUnlessItIsNamed() throws Exception {
        importSeeds();
        tagAs("ana", "CCCCCRRRRR");
        tagAs("ben", "CCCCRRRRRC");
        tagAs("gold", "CCCCCRRRRR");
        JsonNode all = json(sentag("agree", "--json"));
        assertEquals("[\"ana\",\"ben\"]", all.get("annotators").toString());
        assertEquals(0.6, all.get("cohen_kappa").asDouble(), 1e-9, "the figures of ana and ben alone");
        JsonNode named = json(sentag("agree", "--json", "--annotators", "ana,gold"));
        assertEquals("[\"ana\",\"gold\"]", named.get("annotators").toString());
        assertEquals(1.0, named.get("cohen_kappa").asDouble(), 1e-9);
    }

    @Test
    void adjudicatedGoldTagsExportWithAnnotatorGold() throws Exception {
        importSeeds();
        tagAs("ana", "CR");
        tagAs("ben", "RR");
        Run decided = sentagWithInput("2 0 response\n", "--annotator", "gold", "tag", "--stdin");
        assertEquals(0, decided.code(), decided::err);
        Run run = sentag("--annotator", "gold", "export", "--format", "jsonl", "--tagged-only", "--doc", "2");
        assertEquals(0, run.code(), run::err);
        List<String> got = new ArrayList<>();
        for (String line : run.lines()) {
            JsonNode row = new ObjectMapper().readTree(line);
            got.add(row.get("sentence_index").asInt() + " " + row.get("label").asText() + " " + row.get("annotator").asText());
        }
        assertEquals(List.of("0 Response gold"), got, "gold's one tag, not ana's or ben's");
    }

    private static JsonNode json(Run run) throws Exception {
        assertEquals(0, run.code(), run::err);
        return new ObjectMapper().readTree(run.out());
    }
}
