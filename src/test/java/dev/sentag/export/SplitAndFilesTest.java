package dev.sentag.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split, safe file names, and that only a finished export appears under the target names. */
class SplitAndFilesTest {
    @TempDir
    Path dir;
    ExportFixture fx;

    @BeforeEach
    void library() throws IOException {
        fx = new ExportFixture(dir);
    }

    @AfterEach
    void close() {
        fx.ws.close();
    }

    private static List<SplitPlanner.DocumentCounts> corpus(int n, long seed) {
        Random r = new Random(seed);
        List<SplitPlanner.DocumentCounts> docs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int claims = r.nextInt(20);
            int background = r.nextInt(40);
            int rare = r.nextInt(10) == 0 ? 3 : 0;
            Map<String, Integer> labels = new HashMap<>(Map.of("Claim", claims, "Background", background));
            if (rare > 0) {
                labels.put("Response", rare);
            }
            docs.add(new SplitPlanner.DocumentCounts(i, claims + background + rare + 5, labels));
        }
        return docs;
    }

    @Test
    void splitPutsEveryDocumentInExactlyOnePartAndIsStableForASeed() {
        var docs = corpus(200, 7);
        Map<Long, Integer> a = SplitPlanner.plan(docs, new SplitSpec(80, 10, 10, 42));
        List<SplitPlanner.DocumentCounts> reversed = new ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        Map<Long, Integer> b = SplitPlanner.plan(reversed, new SplitSpec(80, 10, 10, 42));
        assertEquals(200, a.size());
        assertEquals(a, b, "same seed, same documents: same split, whatever order they came in");
        assertNotEquals(a, SplitPlanner.plan(docs, new SplitSpec(80, 10, 10, 43)));
    }

    @Test
    void splitSharesFollowTheRequestedProportionsPerLabel() {
        var docs = corpus(300, 3);
        Map<Long, Integer> plan = SplitPlanner.plan(docs, new SplitSpec(80, 10, 10, 1));
        for (String label : List.of("Claim", "Background", "Response")) {
            double total = docs.stream().mapToInt(d -> d.labels().getOrDefault(label, 0)).sum();
            double[] in = new double[3];
            docs.forEach(d -> in[plan.get(d.id())] += d.labels().getOrDefault(label, 0));
            assertEquals(0.8, in[0] / total, 0.05, label + " in train");
            assertEquals(0.1, in[1] / total, 0.05, label + " in dev");
            assertEquals(0.1, in[2] / total, 0.05, label + " in test");
        }
    }

    @Test
    void splitExportWritesThreeFilesAndKeepsArticlesWhole() throws IOException {
        var options = new ExportOptions(null, true, false, Set.of(), Set.of(), null, false, null,
                SplitSpec.parse("50/0/50", 5));
        ExportResult result = fx.ws.exports().exportTo(ExportFormat.JSONL, options, dir.resolve("set.jsonl"),
                ExportProgress.NONE);
        assertEquals(List.of("set.dev.jsonl", "set.test.jsonl", "set.train.jsonl"),
                result.paths().stream().map(p -> p.getFileName().toString()).toList());
        Map<String, Set<String>> docsByPart = new HashMap<>();
        long lines = 0;
        for (Path p : result.paths()) {
            for (String line : Files.readAllLines(p)) {
                lines++;
                String doc = line.substring(0, line.indexOf(','));
                docsByPart.computeIfAbsent(p.getFileName().toString(), k -> new HashSet<>()).add(doc);
            }
        }
        assertEquals(fx.sentences, lines);
        Set<String> seen = new HashSet<>();
        for (Set<String> docs : docsByPart.values()) {
            for (String d : docs) {
                assertTrue(seen.add(d), "document " + d + " is in two parts");
            }
        }
        assertTrue(Files.readString(dir.resolve("set.dev.jsonl")).isEmpty(), "a 0 % part is empty");
    }

    @Test
    void splitOfAFolderFormatMakesOneSubfolderPerPart() throws IOException {
        var options = new ExportOptions(null, true, false, Set.of(), Set.of(), null, false, null,
                SplitSpec.parse("50/25/25", 5));
        fx.ws.exports().exportTo(ExportFormat.BRAT, options, dir.resolve("brat"), ExportProgress.NONE);
        for (String part : SplitSpec.PARTS) {
            assertTrue(Files.isRegularFile(dir.resolve("brat").resolve(part).resolve("annotation.conf")), part);
        }
    }

    @Test
    void badSplitsAreRefusedWithAMessage() {
        assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse("80/10", 1));
        assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse("80/10/20", 1));
        assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse("a/b/c", 1));
    }

    @Test
    void titlesBecomeSafeUniqueFileNames() {
        var names = new SafeFileNames();
        String a = names.forDocument(1, "../../etc/passwd");
        assertFalse(a.contains("/") || a.contains("..") || a.contains("\\"), a);
        assertEquals("00002-a-b-c", names.forDocument(2, "a\\b:c"));
        assertEquals("00003-document", names.forDocument(3, "   ...   "));
        String first = names.forDocument(4, "Same");
        String second = names.forDocument(4, "same");
        assertNotEquals(first.toLowerCase(), second.toLowerCase());
        assertTrue(names.forDocument(5, "x".repeat(500)).length() <= 70);
        assertEquals("00006-Émigré-News-Москва", names.forDocument(6, "Émigré News: Москва?"));
    }

    @Test
    void cancelledExportLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("cancelled.jsonl");
        var cancelAfterFirst = new ExportProgress() {
            int done;

            @Override
            public void documentsDone(int d, int total) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= 1;
            }
        };
        assertThrows(CancellationException.class, () -> fx.ws.exports().exportTo(ExportFormat.JSONL,
                ExportOptions.defaults(), target, cancelAfterFirst));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aFailedExportKeepsThePreviousFile() throws IOException {
        Path target = dir.resolve("keep.jsonl");
        Files.writeString(target, "previous\n");
        var options = new ExportOptions("nobody", true);
        assertThrows(IllegalArgumentException.class, () -> fx.ws.exports().exportTo(ExportFormat.JSONL, options, target,
                ExportProgress.NONE));
        assertEquals("previous\n", Files.readString(target));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void folderExportRefusesANonEmptyFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("full"));
        Files.writeString(folder.resolve("mine.txt"), "keep me");
        assertThrows(IllegalArgumentException.class, () -> fx.ws.exports().exportTo(ExportFormat.BRAT,
                ExportOptions.defaults(), folder, ExportProgress.NONE));
        assertEquals("keep me", Files.readString(folder.resolve("mine.txt")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void csvCellsThatLookLikeFormulasAreNeutralised() {
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + risky, CsvWriter.neutralise(risky));
        }
        assertEquals("Plain text", CsvWriter.neutralise("Plain text"));
        assertEquals("", CsvWriter.neutralise(""));
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".sentag-export")).toList();
        }
    }
}
