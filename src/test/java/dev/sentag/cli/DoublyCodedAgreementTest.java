package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * agree --doubly-coded keeps the documents at least two compared annotators labelled in full. Three articles of three
 * sentences each: article 1 ana and ben both finished; article 2 ana finished and ben began (one sentence), gold
 * finished; article 3 nobody.
 */
class DoublyCodedAgreementTest extends CliHarness {
    @BeforeEach
    void threeArticles() throws IOException {
        for (int i = 1; i <= 3; i++) {
            Path f = dir.resolve("a" + i + ".txt");
            Files.writeString(f, "The minister said the plan works. Critics said it does not. The vote is on day " + i + ".\n");
            Run run = sentag("import", f.toString());
            assertEquals(0, run.code(), run::err);
            assertTrue(run.out().contains("\t3 sentences"), run.out());
        }
        tag("ana", "1 0 claim\n1 1 response\n1 2 background\n2 0 claim\n2 1 claim\n2 2 claim\n");
        tag("ben", "1 0 claim\n1 1 response\n1 2 claim\n2 0 response\n");
        tag("gold", "2 0 claim\n2 1 claim\n2 2 claim\n");
    }

    private void tag(String who, String lines) {
        Run run = sentagWithInput(lines, "--annotator", who, "tag", "--stdin");
        assertEquals(0, run.code(), run::err);
    }

    private JsonNode agree(String... extra) throws IOException {
        String[] args = new String[extra.length + 2];
        args[0] = "agree";
        args[1] = "--json";
        System.arraycopy(extra, 0, args, 2, extra.length);
        Run run = sentag(args);
        assertEquals(0, run.code(), run::err);
        return new ObjectMapper().readTree(run.out());
    }

    /**
     * All documents: four units both labelled (article 1's three, article 2's first), agreement on two: p_o = 0.5.
     * Doubly coded: article 1 alone. ana C R B, ben C R C: p_o = 2/3; p_e = (1/3)(2/3) + (1/3)(1/3) + 0 = 1/3, so
     * Cohen's kappa = (2/3 - 1/3) / (1 - 1/3) = 0.5.
     */
    @Test
    void onlyDocumentsTwoAnnotatorsFinishedCount() throws IOException {
        JsonNode all = agree();
        assertEquals(4, all.get("units").asInt());
        assertEquals(0.5, all.get("observed_agreement").asDouble(), 1e-9);

        JsonNode doubly = agree("--doubly-coded");

        assertEquals("[1]", doubly.get("doubly_coded_documents").toString(), "gold does not count as a coder");
        assertEquals(3, doubly.get("units").asInt());
        assertEquals(2.0 / 3, doubly.get("observed_agreement").asDouble(), 1e-9);
        assertEquals(0.5, doubly.get("cohen_kappa").asDouble(), 1e-9);
    }

    @Test
    void namingGoldMakesItACoderAndAnArticleItFinishedWithAnaCounts() throws IOException {
        JsonNode r = agree("--doubly-coded", "--annotators", "ana,gold");

        assertEquals("[2]", r.get("doubly_coded_documents").toString());
        assertEquals(3, r.get("units").asInt());
        assertEquals(1.0, r.get("observed_agreement").asDouble(), 1e-9);
    }

    @Test
    void noDoublyCodedDocumentGivesNoFiguresAndSaysSo() throws IOException {
        JsonNode r = agree("--doubly-coded", "--documents", "2,3");
        assertEquals("[]", r.get("doubly_coded_documents").toString());
        assertEquals(0, r.get("units").asInt());
        assertTrue(r.get("observed_agreement").isNull());

        Run table = sentag("agree", "--doubly-coded", "--documents", "3");
        assertEquals(0, table.code(), table::err);
        assertTrue(table.out().startsWith("Doubly-coded documents: none\n"), table.out());
    }
}
