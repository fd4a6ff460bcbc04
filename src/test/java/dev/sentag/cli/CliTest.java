package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.SeedFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest extends CliHarness {
    @Test
    void importPrintsIdTitleAndSentenceCountPerFile() {
        Run run = sentag("import", SeedFiles.first().toString(), SeedFiles.second().toString());

        assertEquals(0, run.code(), run::err);
        assertEquals(2, run.lines().size(), run.out());
        assertTrue(run.lines().get(0).startsWith("1\tPakistan’s missile program is ’emerging threat’, top US official says\t"), run.out());
        assertTrue(run.lines().get(1).startsWith("2\t"), run.out());
        assertTrue(run.lines().get(0).endsWith("\t35 sentences, 4 excluded as web residue"), run.out());
        assertTrue(run.lines().get(1).matches("2\t[^\t]+\t[1-9]\\d* sentences"), run.out());
    }

    @Test
    void importingAgainSkipsWithExitZero() {
        importSeeds();

        Run again = sentag("import", SeedFiles.first().toString(), SeedFiles.second().toString());

        assertEquals(0, again.code(), again::err);
        assertEquals(2, again.lines().size());
        assertTrue(again.lines().stream().allMatch(l -> l.startsWith("-\t") && l.contains("skipped")), again.out());
        assertEquals(2, sentag("docs").lines().size());
    }

    @Test
    void docsListsIdTitleSentencesAndTagged() {
        List<Integer> counts = importSeeds();
        sentag("tag", "2", "0", "claim");

        Run docs = sentag("docs");

        assertEquals(0, docs.code(), docs::err);
        // The first seed's banner and two "Read more" lines and one repeated quote are excluded: not counted.
        assertEquals(List.of("1\tPakistan’s missile program is ’emerging threat’, top US official says\t" + (counts.get(0) - 4) + "\t0",
                "2\t" + docs.lines().get(1).split("\t")[1] + "\t" + counts.get(1) + "\t1"), docs.lines());
    }

    @Test
    void showPrintsIndexLabelOrDashAndText() {
        int count = importSeeds().get(0);

        Run show = sentag("show", "1");

        assertEquals(0, show.code(), show::err);
        assertEquals(count, show.lines().size());
        for (int i = 0; i < count; i++) {
            String[] f = show.lines().get(i).split("\t", 3);
            assertEquals(String.valueOf(i), f[0]);
            assertTrue(f[1].equals("-") || f[1].equals("excluded"), show.lines().get(i));
            assertTrue(!f[2].isBlank() && f[2].equals(f[2].strip()), show.lines().get(i));
        }
        // The first seed opens with a site banner: web residue, shown as excluded.
        assertTrue(show.lines().get(0).startsWith("0\texcluded\t| Welcome"), show.lines().get(0));
    }

    @Test
    void tagIsShownAfterwards() {
        importSeeds();

        Run tag = sentag("tag", "1", "3", "RESPONSE");

        assertEquals(0, tag.code(), tag::err);
        assertEquals("ok 1 3 RESPONSE\n", tag.out());
        assertTrue(sentag("show", "1").lines().get(3).startsWith("3\tResponse\t"));
    }

    @Test
    void tagFromStdinAppliesGoodLinesAndReportsBadOnesByLineNumber() {
        importSeeds();
        String input = "1 0 Claim\n1 1 Opinion\n\n1 2 background\nnot a tag line\n2 999 Claim\n2 0 none\n";

        Run run = sentagWithInput(input, "tag", "--stdin");

        assertEquals(2, run.code());
        assertEquals(List.of("ok 1 0 Claim", "ok 1 2 background", "ok 2 0 none"), run.lines());
        List<String> errors = List.of(run.err().split("\n"));
        assertEquals(3, errors.size(), run.err());
        assertTrue(errors.get(0).contains("line 2") && errors.get(0).contains("Opinion"), errors.get(0));
        assertTrue(errors.get(1).contains("line 5"), errors.get(1));
        assertTrue(errors.get(2).contains("line 6") && errors.get(2).contains("999"), errors.get(2));
        List<String> show = sentag("show", "1").lines();
        assertTrue(show.get(0).startsWith("0\texcluded:Claim\t") && show.get(1).startsWith("1\t-\t")
                && show.get(2).startsWith("2\tBackground\t"), String.join("\n", show.subList(0, 3)));
    }

    @Test
    void exportJsonlToStdoutAndToFile() throws IOException {
        List<Integer> counts = importSeeds();
        sentag("tag", "1", "0", "Claim");
        int total = counts.get(0) + counts.get(1);

        // Sentence 0 of the first seed is its banner, excluded as web residue: exported only on request.
        assertEquals(total - 4, sentag("export", "--format", "jsonl").lines().size());
        Run stdout = sentag("export", "--format", "jsonl", "--include-excluded");
        assertEquals(0, stdout.code(), stdout::err);
        assertEquals(total, stdout.lines().size());
        JsonNode first = new ObjectMapper().readTree(stdout.lines().get(0));
        assertEquals("Claim", first.get("label").asText());

        Path file = dir.resolve("out/export.jsonl");
        Files.createDirectories(file.getParent());
        Run toFile = sentag("export", "--format", "JSONL", "--out", file.toString(), "--tagged-only",
                "--include-excluded");
        assertEquals(0, toFile.code(), toFile::err);
        assertEquals("", toFile.out(), "results go to the file, not stdout");
        assertTrue(toFile.err().contains("wrote 1 sentences"), toFile.err());
        assertEquals(List.of(stdout.lines().get(0)), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    @Test
    void unknownExportFormatIsBadUsageWithOneLineMessage() {
        importSeeds();

        Run run = sentag("export", "--format", "xml");

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("xml") && run.err().contains("jsonl"), run.err());
    }

    @Test
    void segmentPrintsOneSentencePerLine() {
        Run run = sentagWithInput("The minister spoke on Monday. Talks will resume next week.\nNo date was set.", "segment");

        assertEquals(0, run.code(), run::err);
        assertEquals(List.of("The minister spoke on Monday.", "Talks will resume next week.", "No date was set."),
                run.lines());
    }

    @Test
    void segmentJsonlAnswersOneLinePerRecord() throws IOException {
        String input = "{\"id\": 7, \"text\": \"The minister spoke. Talks resume soon.\"}\n\n{\"id\": \"b\", \"text\": \"One more.\"}\n";

        Run run = sentagWithInput(input, "segment", "--jsonl");

        assertEquals(0, run.code(), run::err);
        var json = new ObjectMapper();
        assertEquals(json.readTree("{\"id\":7,\"sentences\":[\"The minister spoke.\",\"Talks resume soon.\"]}"),
                json.readTree(run.lines().get(0)));
        assertEquals(json.readTree("{\"id\":\"b\",\"sentences\":[\"One more.\"]}"), json.readTree(run.lines().get(1)));
    }

    @Test
    void segmentJsonlNamesTheBadLine() {
        Run run = sentagWithInput("{\"text\": \"Fine.\"}\n{not json\n", "segment", "--jsonl");

        assertEquals(2, run.code());
        assertTrue(run.err().contains("line 2"), run.err());
    }

    @Test
    void importOfMissingFileIsBadInputNamingTheFile() {
        Path missing = dir.resolve("no-such-article.txt");

        Run run = sentag("import", missing.toString());

        assertEquals(2, run.code());
        assertTrue(run.err().contains(missing.toString()), run.err());
        assertEquals("", sentag("docs").out());
    }

    @Test
    void badUsageExitsWithTwo() {
        importSeeds();
        assertEquals(2, sentag("frobnicate").code(), "unknown subcommand");
        assertEquals(2, sentag("show").code(), "show without DOC");
        assertEquals(2, sentag("show", "42").code(), "show of an unknown document");
        assertEquals(2, sentag("show", "one").code(), "DOC not a number");
        assertEquals(2, sentag("tag", "1", "0").code(), "tag without LABEL");
        assertEquals(2, sentag("tag", "1", "0", "Nonsense").code(), "unknown label");
        assertEquals(2, sentag("tag", "--stdin", "1", "0", "Claim").code(), "both --stdin and arguments");
        assertEquals(2, sentag("import").code(), "import without files");
        assertEquals(2, sentag("export", "--bogus").code(), "unknown option");
    }

    @Test
    void launcherRunsTheCliInAChildProcessWithItsExitCode() throws Exception {
        importSeeds();

        Run docs = launch("docs");
        assertEquals(0, docs.code(), docs::err);
        assertEquals(2, docs.lines().size(), docs.out());
        assertTrue(docs.out().startsWith("1\tPakistan’s missile program is ’emerging threat’, top US official says\t"), docs.out());

        Run bad = launch("show", "99");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("No document with id 99"), bad.err());
    }

    /** Runs dev.sentag.Launcher in a fresh JVM on this test's database; output goes through files, not pipes. */
    private Run launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        String pgpass = System.getProperty("org.postgresql.pgpassfile");
        if (pgpass != null) {
            command.add("-Dorg.postgresql.pgpassfile=" + pgpass);
        }
        command.addAll(List.of("dev.sentag.Launcher", "--db", library()));
        command.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        child.getOutputStream().close();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("sentag " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Run(child.exitValue(), Files.readString(out).replace("\r\n", "\n"),
                Files.readString(err).replace("\r\n", "\n"));
    }
}
