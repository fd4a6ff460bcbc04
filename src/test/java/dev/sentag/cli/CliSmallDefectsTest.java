package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Defects a new user met (issue 14, "Should change"): share prompts as web residue and the user's own
 * residue rules, {@code show} marking excluded sentences, {@code agree --help} without a picocli warning,
 * and a folder format aimed at a file name.
 */
class CliSmallDefectsTest extends CliHarness {
    private static final String ARTICLE = """
            Minister resigns over budget

            The minister resigned on Monday after weeks of pressure.
            Share this article on Facebook
            Listen to this story (4 min)
            She said the budget had been sound all along.
            Click to share on Twitter (Opens in new window)
            """;

    /** index → label column of {@code sentag show 1}, for the sentence whose text starts with {@code start}. */
    private String shownLabel(List<String> lines, String start) {
        return lines.stream().map(l -> l.split("\t", 3)).filter(f -> f[2].startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starting " + start + " in " + lines))[1];
    }

    @Test
    void sharePromptsAreResidueAndShowMarksExcludedSentences() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Run imported = sentag("import", file.toString());
        assertEquals(0, imported.code(), imported::err);
        assertTrue(imported.out().contains("2 excluded as web residue"), imported.out());
        List<String> shown = sentag("show", "1").lines();
        assertEquals("excluded", shownLabel(shown, "Share this article on Facebook"));
        assertEquals("excluded", shownLabel(shown, "Click to share on Twitter"));
        assertEquals("-", shownLabel(shown, "Listen to this story"), "no built-in rule for this one");
        assertEquals("-", shownLabel(shown, "The minister resigned"));
    }

    @Test
    void residueRulesInTheDataFolderExtendTheBuiltInOnes() throws IOException {
        Files.writeString(dir.resolve("residue-rules.txt"), "# our scraper's players\nlisten\tListen to this (story|article)\\b.*\n");
        Path file = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Run imported = sentag("import", file.toString());
        assertEquals(0, imported.code(), imported::err);
        assertTrue(imported.out().contains("3 excluded as web residue"), imported.out());
        List<String> shown = sentag("show", "1").lines();
        assertEquals("excluded", shownLabel(shown, "Listen to this story"));
        assertEquals("excluded", shownLabel(shown, "Share this article on Facebook"), "built-in rules still apply");
        assertEquals("-", shownLabel(shown, "She said the budget"));
    }

    @Test
    void aBadResidueRuleNamesTheFileAndLineAndImportsNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        for (String rules : List.of("# fine\nno tab here\n", "# fine\nbroken\tListen (to\n")) {
            Files.writeString(dir.resolve("residue-rules.txt"), rules);
            Run run = sentag("import", file.toString());
            assertEquals(2, run.code(), run::err);
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains("residue-rules.txt, line 2"), run.err());
        }
        Files.delete(dir.resolve("residue-rules.txt"));
        assertEquals(0, sentag("docs").lines().stream().filter(l -> l.contains("Minister")).count(), "nothing imported");
    }

    @Test
    void agreeHelpPrintsNoPicocliWarning() {
        PrintStream original = System.err;
        var stray = new ByteArrayOutputStream();
        Run run;
        try {
            System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
            run = sentag("agree", "--help");
        } finally {
            System.setErr(original);
        }
        assertEquals(0, run.code(), run::err);
        String all = run.out() + run.err() + stray.toString(StandardCharsets.UTF_8);
        assertFalse(all.contains("WARN"), all);
        assertTrue(run.out().contains("bootstrap 95% interval"), run.out());
    }

    @Test
    void everySubcommandAnswersHelpWithoutAWarning() {
        List<String> help = sentag("--help").lines();
        int from = help.indexOf("Commands:");
        assertTrue(from > 0, String.join("\n", help));
        List<String> commands = help.subList(from + 1, help.size()).stream()
                .takeWhile(l -> !l.isBlank()).filter(l -> l.startsWith("  ") && !l.startsWith("   "))
                .map(l -> l.strip().split("\\s+")[0]).toList();
        assertTrue(commands.containsAll(List.of("import", "export", "agree", "show", "bench")), commands.toString());
        PrintStream original = System.err;
        var stray = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
            for (String command : commands) {
                Run run = sentag(command, "--help");
                assertEquals(0, run.code(), command + ": " + run.err());
                assertTrue(run.out().startsWith("Usage: sentag " + command), command + ": " + run.out());
            }
        } finally {
            System.setErr(original);
        }
        assertEquals("", stray.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFolderFormatAimedAtAFileNameIsRefusedAndWritesNothing() throws IOException {
        importSeeds();
        Path target = dir.resolve("ls.json");
        Run run = sentag("export", "--format", "brat", "--out", target.toString());
        assertEquals(2, run.code(), run::err);
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("folder") && run.err().contains("ls.json"), run.err());
        assertFalse(Files.exists(target));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("ls")), "no staging left behind");
        }
        Path folder = Files.createDirectory(dir.resolve("corpus.json"));
        Run existing = sentag("export", "--format", "webanno-tsv", "--out", folder.toString());
        assertEquals(0, existing.code(), "an existing folder of that name is what the user meant: " + existing.err());
        assertTrue(Files.exists(folder.resolve("sources.csv")));
    }
}
