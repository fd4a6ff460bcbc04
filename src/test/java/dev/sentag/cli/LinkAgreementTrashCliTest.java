package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Agreement on links and speakers leaves documents in the trash out, as agreement on labels does. */
class LinkAgreementTrashCliTest extends CliHarness {
    private static final ObjectMapper JSON = new ObjectMapper();

    private void input(String stdin, String... args) {
        Run run = sentagWithInput(stdin, args);
        assertEquals(0, run.code(), run::err);
    }

    private JsonNode agree() throws Exception {
        Run run = sentag("agree", "--json");
        assertEquals(0, run.code(), run::err);
        return JSON.readTree(run.out());
    }

    @Test
    void aTrashedDocumentsLinksAndSpeakersCountNowhereUntilItIsUndeleted() throws Exception {
        importSeeds();
        for (String who : new String[] {"ann", "bob"}) {
            input("1 3 claim\n1 13 response\n2 0 claim\n2 1 response\n", "--annotator", who, "tag", "--stdin");
            input("1 13 3\n", "--annotator", who, "link", "--stdin");
            assertEquals(0, sentag("--annotator", who, "speaker", "1", "3", "Jon Finer").code());
        }
        // In document 2 they disagree on both: ann links 1 to 0, bob 0 to 1; ann names Reuters, bob AP.
        input("2 1 0\n", "--annotator", "ann", "link", "--stdin");
        input("2 0 1\n", "--annotator", "bob", "link", "--stdin");
        assertEquals(0, sentag("--annotator", "ann", "speaker", "2", "0", "Reuters").code());
        assertEquals(0, sentag("--annotator", "bob", "speaker", "2", "0", "AP").code());

        JsonNode both = agree();
        assertEquals(2.0 * 1 / (2 + 2), both.get("link_f1").asDouble(), 1e-9, both.toString());
        assertEquals(0.5, both.get("speaker_agreement").asDouble(), 1e-9, both.toString());

        assertEquals(0, sentag("delete", "2").code());
        JsonNode one = agree();
        assertEquals(1.0, one.get("link_f1").asDouble(), 1e-9, "document 2 is in the trash: " + one);
        assertEquals(1.0, one.get("speaker_agreement").asDouble(), 1e-9, one.toString());
        JsonNode asked = JSON.readTree(sentag("agree", "--json", "--documents", "1,2").out());
        assertEquals(1.0, asked.get("link_f1").asDouble(), 1e-9, "named or not, a trashed document is left out: " + asked);

        assertEquals(0, sentag("undelete", "2").code());
        assertEquals(both, agree());
    }
}
