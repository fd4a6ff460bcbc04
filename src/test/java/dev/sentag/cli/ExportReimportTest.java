package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An annotated set moves between machines: jsonl-docs out of one database, into a fresh one, same tags. */
class ExportReimportTest extends CliHarness {
    @Test
    void jsonlDocsExportReimportsWithIdenticalTagsUnderTheAnnotatorsName() {
        importSeeds();
        sentagWithInput("1 1 claim\n1 4 background\n2 0 response\n", "--annotator", "ana", "tag", "--stdin");
        sentag("--annotator", "ana", "merge", "2", "1");
        Path export = dir.resolve("set.jsonl");
        Run out = sentag("--annotator", "ana", "export", "--format", "jsonl-docs", "--include-excluded",
                "--out", export.toString());
        assertEquals(0, out.code(), out::err);

        Path fresh = dir.resolve("fresh.db");
        Run in = run(fresh, "import", export.toString());
        assertEquals(0, in.code(), in::err);
        for (String doc : new String[] {"1", "2"}) {
            assertEquals(sentag("--annotator", "ana", "show", doc).out(), run(fresh, "--annotator", "ana", "show", doc).out(),
                    "document " + doc + ": same sentences, same labels");
        }
        assertTrue(run(fresh, "--annotator", "ana", "show", "1").out().contains("\tClaim\t"));
    }

    @Test
    void perSentenceJsonlExportReimportsWithTheSameSentencesAndTags() {
        importSeeds();
        sentagWithInput("1 1 claim\n1 4 background\n2 0 response\n2 3 claim\n", "--annotator", "ana", "tag", "--stdin");
        Path export = dir.resolve("set.jsonl");
        Run out = sentag("--annotator", "ana", "export", "--format", "jsonl", "--include-excluded",
                "--out", export.toString());
        assertEquals(0, out.code(), out::err);

        Path fresh = dir.resolve("fresh.db");
        Run in = run(fresh, "import", export.toString());
        assertEquals(0, in.code(), in::err);
        assertEquals(2, in.lines().size(), in.out());
        for (String doc : new String[] {"1", "2"}) {
            assertEquals(sentag("--annotator", "ana", "show", doc).out(), run(fresh, "--annotator", "ana", "show", doc).out(),
                    "document " + doc + ": same sentences, same labels");
        }
        Run again = run(fresh, "import", export.toString());
        assertTrue(again.lines().stream().allMatch(l -> l.endsWith("(nothing changed)")),
                "a second import is recognised and adds no document and no tag: " + again.out());
        assertEquals(2, run(fresh, "docs").lines().size());
    }

    private Run run(Path db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return runRaw(all);
    }
}
