package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliJsonlImportTest extends CliHarness {
    @Test
    void goodJsonlImportsEveryLineWhileABadFileIsNamedAndFailsTheRun() throws IOException {
        Path good = Files.writeString(dir.resolve("good.jsonl"),
                "{\"title\": \"One\", \"text\": \"First article. It has two sentences.\"}\n"
                        + "{\"title\": \"Two\", \"text\": \"Second article.\"}\n");
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\": \"ok\"}\nnot json\n");

        Run run = sentag("import", good.toString(), bad.toString());

        assertEquals(2, run.code(), "bad input fails the run");
        assertEquals(2, run.lines().size(), run.out());
        assertTrue(run.lines().get(0).matches("1\tOne\t2 sentences"), run.out());
        assertTrue(run.err().contains("bad.jsonl, line 2: not valid JSON"), run.err());
        assertEquals(2, sentag("docs").lines().size(), "nothing from the bad file");
    }

    @Test
    void dryRunSaysWhatWouldBeImportedAndStoresNothing() {
        Run run = sentag("import", "--dry-run", dev.sentag.SeedFiles.first().toString());

        assertEquals(0, run.code(), run::err);
        assertEquals(List.of("-\tPakistan’s missile program is ’emerging threat’, top US official says\t35 sentences, 4 excluded as web residue"
                + "\t(dry run: not imported)"), run.lines());
        assertEquals(0, sentag("docs").lines().size());
    }
}
