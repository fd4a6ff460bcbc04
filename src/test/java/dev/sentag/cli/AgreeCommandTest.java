package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code sentag agree} on two annotators whose figures can be worked out by hand. */
class AgreeCommandTest extends CliHarness {
    private static final String ANA = "CCCCCRRRRR";
    private static final String BEN = "CCCCRRRRRC";

    private void tagAs(String who, String labels) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < labels.length(); i++) {
            lines.append("2 ").append(i).append(labels.charAt(i) == 'C' ? " claim" : " response").append('\n');
        }
        Run run = sentagWithInput(lines.toString(), "--annotator", who, "tag", "--stdin");
        assertEquals(0, run.code(), run::err);
    }

    /**
     * Ten units, agreement on eight, each label used ten times: p_o = 0.8, p_e = 0.5, so Cohen's and
     * Fleiss' kappa are 0.6; alpha = 1 - (n-1) * D_o / D_e = 1 - 19 * 4 / 200 = 0.62.
     */
    @Test
    void jsonGivesTheFiguresWorkedOutByHand() throws Exception {
        importSeeds();
        tagAs("ana", ANA);
        tagAs("ben", BEN);
        Run run = sentag("agree", "--json");
        assertEquals(0, run.code(), run::err);
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertEquals(10, r.get("units").asInt());
        assertEquals("[\"ana\",\"ben\"]", r.get("annotators").toString());
        assertEquals(0.8, r.get("observed_agreement").asDouble(), 1e-9);
        assertEquals(0.6, r.get("cohen_kappa").asDouble(), 1e-9);
        assertEquals(0.6, r.get("fleiss_kappa").asDouble(), 1e-9);
        assertEquals(0.62, r.get("krippendorff_alpha").asDouble(), 1e-9);
        JsonNode ci = r.get("krippendorff_alpha_ci95");
        assertTrue(ci.get(0).asDouble() <= 0.62 && 0.62 <= ci.get(1).asDouble(), ci.toString());
        assertEquals(0.62, r.get("per_label").get("Claim").asDouble(), 1e-9, "two labels: each against the rest is the same");
        assertEquals(4, r.get("confusion").get("Claim").get("Claim").asInt());
        assertEquals(1, r.get("confusion").get("Claim").get("Response").asInt());
        assertEquals(1, r.get("confusion").get("Response").get("Claim").asInt());
    }

    @Test
    void threeAnnotatorsHaveNoCohensKappaAndTheTableSaysWhy() {
        importSeeds();
        tagAs("ana", ANA);
        tagAs("ben", BEN);
        tagAs("cy", ANA);
        Run json = sentag("agree", "--json");
        assertTrue(json.out().contains("\"cohen_kappa\":null"), json.out());
        assertTrue(json.out().contains("\"confusion\":null"), json.out());
        Run table = sentag("agree", "--annotators", "ana,cy");
        assertEquals(0, table.code(), table::err);
        assertTrue(table.out().contains("Cohen's kappa:         1.000"), table.out());
        assertTrue(table.out().contains("Annotators:            ana, cy"), table.out());
    }

    @Test
    void anEmptyLibraryHasNoUnitsAndNoFigures() {
        Run run = sentag("agree", "--json");
        assertEquals(0, run.code(), run::err);
        assertTrue(run.out().contains("\"units\":0"), run.out());
        assertTrue(run.out().contains("\"krippendorff_alpha\":null"), run.out());
    }
}
