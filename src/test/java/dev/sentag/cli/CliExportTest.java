package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliExportTest extends CliHarness {
    @Test
    void everyFormatExportsToAPathAndSaysWhereItWent() throws IOException {
        importSeeds();
        assertEquals(0, sentag("tag", "1", "0", "claim").code());
        for (String format : List.of("jsonl", "jsonl-docs", "csv", "doccano", "label-studio", "brat", "webanno-tsv")) {
            var target = dir.resolve("out-" + format);
            Run run = sentag("export", "--format", format, "--out", target.toString());
            assertEquals(0, run.code(), () -> format + ": " + run.err());
            assertTrue(Files.exists(target), format);
            assertTrue(run.err().contains(target.toString()), run.err());
        }
        assertTrue(Files.isRegularFile(dir.resolve("out-label-studio.label_config.xml")));
    }

    @Test
    void csvGoesToStandardOutputWithAHeader() {
        importSeeds();
        Run run = sentag("export", "--format", "csv", "--tagged-only");
        assertEquals(0, run.code(), run::err);
        assertEquals("doc_id,doc_title,sentence_index,start,end,text,label,annotator,note,updated_at,source,imported_at,codebook_version,unsure,speaker,links", run.lines().get(0));
        assertEquals(1, run.lines().size(), "nothing tagged yet: only the header");
    }

    @Test
    void splitWritesTrainDevTestFiles() {
        importSeeds();
        Run run = sentag("export", "--format", "jsonl", "--split", "50/0/50", "--seed", "3",
                "--out", dir.resolve("set.jsonl").toString());
        assertEquals(0, run.code(), run::err);
        for (String part : List.of("train", "dev", "test")) {
            assertTrue(Files.exists(dir.resolve("set." + part + ".jsonl")), part);
        }
        assertFalse(Files.exists(dir.resolve("set.jsonl")));
    }

    @Test
    void badExportRequestsExitWithTwoAndOneLine() {
        importSeeds();
        for (String[] args : List.of(new String[] {"export", "--format", "brat"},
                new String[] {"export", "--format", "xml"},
                new String[] {"export", "--split", "80/10/10"},
                new String[] {"export", "--split", "80/20", "--out", dir.resolve("x.jsonl").toString()},
                new String[] {"export", "--docs", "finished"},
                new String[] {"export", "--labels", "Claim,Opinion"},
                new String[] {"export", "--doccano-mode", "ner", "--format", "doccano"},
                new String[] {"export", "--out", dir.resolve("no/such/folder/x.jsonl").toString()})) {
            Run run = sentag(args);
            assertEquals(2, run.code(), () -> String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("sentag: "), run.err());
        }
    }
}
