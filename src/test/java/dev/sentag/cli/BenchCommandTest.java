package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sentag bench at a tiny scale: every field present and consistent, and the user's library never touched. */
class BenchCommandTest extends CliHarness {
    private static final List<String> FIELDS = List.of("name", "value", "unit", "baseline", "ratio", "target", "met",
            "note");

    @Test
    void jsonHasEveryMeasureWithConsistentRatiosAndVerdictsAndNoLibraryIsCreated() throws Exception {
        Run run = sentag("bench", "--scale", "0.002", "--seed", "7", "--json", "--only", "import,tag,export,split");

        assertEquals(0, run.code(), run::err);
        assertFalse(Files.exists(dir.resolve("sentag.db")), "the --db library must not be created");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(7, root.get("seed").asLong());
        assertEquals(0.002, root.get("scale").asDouble());
        assertTrue(root.get("java").asText().contains(System.getProperty("java.version")));
        assertTrue(root.get("cores").asInt() >= 1);
        List<String> names = new ArrayList<>();
        for (JsonNode m : root.get("measures")) {
            FIELDS.forEach(f -> assertTrue(m.has(f), () -> "missing " + f + " in " + m));
            names.add(m.get("name").asText());
            double value = m.get("value").asDouble();
            double baseline = m.get("baseline").asDouble();
            double ratio = m.get("ratio").asDouble();
            assertTrue(value > 0 && baseline > 0, m::toString);
            assertEquals(value / baseline, ratio, 1e-9 * ratio, m::toString);
            assertEquals(verdict(m.get("target").asText(), ratio), m.get("met").asBoolean(), m::toString);
        }
        assertEquals(7, names.size(), names::toString);
        assertTrue(names.get(0).startsWith("import + segment 20 articles"), names::toString);
        assertTrue(names.get(2).startsWith("import + segment 20 articles") && names.get(2).endsWith(
                ", then find index caught up"), "the import's moved cost shows: " + names);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("tag → durable, 20 single tags, p99")), names::toString);
        JsonNode tagP50 = root.get("measures").get(names.indexOf("tag → durable, 20 single tags, p50"));
        assertTrue(tagP50.get("note").asText().matches(".*the 20 warm-up tags before \\(not counted.* had p99"
                + " [0-9.]+ ms against the bare upsert's [0-9.]+ ms.*"), tagP50::toString);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("export jsonl of")), names::toString);
        assertTrue(names.get(6).startsWith("sentence splitting"), names::toString);
        assertTrue(run.err().contains("sentag bench: split done"), run::err);
    }

    @Test
    void tagDuringImportReportsTheTagsP99AgainstItsFiftyMillisecondTarget() throws Exception {
        Run run = sentag("bench", "--scale", "0.002", "--json", "--only", "tag-during-import");

        assertEquals(0, run.code(), run::err);
        JsonNode rows = new ObjectMapper().readTree(run.out()).get("measures");
        assertEquals(1, rows.size(), rows::toString);
        JsonNode row = rows.get(0);
        assertTrue(row.get("name").asText().startsWith("tag → durable during a folder import of 20 articles, p99"),
                row::toString);
        double p99 = row.get("value").asDouble();
        assertTrue(p99 > 0 && row.get("baseline").asDouble() > 0, row::toString);
        assertEquals("p99 ≤ 50 ms", row.get("target").asText());
        assertEquals(p99 <= 50, row.get("met").asBoolean(), row::toString);
        assertTrue(row.get("note").asText().matches("\\d+ tags? while the import and then its find indexing ran.*"),
                row::toString);
    }

    @Test
    void tablePrintsTheHeaderAndLeavesAnExistingLibraryUnchanged() throws Exception {
        importSeeds();
        Path library = dir.resolve("sentag.db");
        byte[] before = Files.readAllBytes(library);

        Run run = sentag("bench", "--scale", "0.002", "--only", "split");

        assertEquals(0, run.code(), run::err);
        assertTrue(run.out().contains("| measure | Sentag | baseline | ratio | target | met |"), run::out);
        assertTrue(run.out().contains("| sentence splitting"), run::out);
        assertArrayEquals(before, Files.readAllBytes(library), "the user's library must not change");
    }

    @Test
    void unknownMeasureIsBadUsageNamingTheKnownOnes() {
        Run run = sentag("bench", "--only", "import,launch-speed");

        assertEquals(2, run.code());
        assertTrue(run.err().contains("Unknown measure 'launch-speed'") && run.err().contains("import, tag, export, split"),
                run::err);
        assertEquals("", run.out());
    }

    private static boolean verdict(String target, double ratio) {
        if (target.equals("information")) {
            return true; // a row that only informs is never missed
        }
        double bound = Double.parseDouble(target.replaceAll("[^0-9.]", ""));
        if (target.contains("≥")) {
            return ratio >= bound;
        }
        assertTrue(target.contains("≤"), target);
        return ratio <= bound;
    }
}
