package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code agree --json} gains link_f1 and speaker_agreement, on links and speakers worked out by hand. */
class LinkAgreementCliTest extends CliHarness {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void seeds() {
        importSeeds();
        for (String who : new String[] {"ann", "bob"}) {
            Run run = sentagWithInput("1 3 claim\n1 13 response\n1 15 response\n", "--annotator", who, "tag", "--stdin");
            assertEquals(0, run.code(), run::err);
        }
    }

    private JsonNode agree() throws Exception {
        Run run = sentag("agree", "--json");
        assertEquals(0, run.code(), run::err);
        return JSON.readTree(run.out());
    }

    @Test
    void noLinksOrSpeakersGiveNull() throws Exception {
        JsonNode o = agree();
        assertTrue(o.get("link_f1").isNull(), o.toString());
        assertTrue(o.get("speaker_agreement").isNull(), o.toString());
    }

    @Test
    void linkF1IsOverTheDocumentsBothTaggedAndSpeakersCompareTrimmedAndCaseFolded() throws Exception {
        sentagWithInput("1 13 3\n1 15 3\n1 20 3\n2 1 0\n", "--annotator", "ann", "link", "--stdin");
        sentagWithInput("1 13 3\n1 15 4\n", "--annotator", "bob", "link", "--stdin");
        sentag("--annotator", "ann", "speaker", "1", "3", "Jon Finer");
        sentag("--annotator", "ann", "speaker", "1", "5", "Finer");
        sentag("--annotator", "ann", "speaker", "1", "15", "the FO");
        sentag("--annotator", "bob", "speaker", "1", "3", " jon FINER ");
        sentag("--annotator", "bob", "speaker", "1", "5", "Jon Finer");
        sentag("--annotator", "bob", "speaker", "1", "9", "Reuters");

        JsonNode o = agree();

        // Document 2 is ann's alone: her link there does not count. In document 1 they share 13>3 of 3 + 2 links.
        assertEquals(2.0 * 1 / (3 + 2), o.get("link_f1").asDouble(), 1e-9, o.toString());
        // Both named a speaker for sentences 3 and 5; only 3 agrees once trimmed and case-folded.
        assertEquals(0.5, o.get("speaker_agreement").asDouble(), 1e-9, o.toString());
        Run table = sentag("agree");
        assertTrue(table.out().contains("Link F1:               0.400"), table.out());
        assertTrue(table.out().contains("Speaker agreement:     0.500"), table.out());
    }
}
