package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** import --format, --encoding, and the snapshot a folder import takes first. */
class CliImportOptionsTest extends CliHarness {
    @Test
    void formatForcesHowAFileIsReadWhateverItsName() throws Exception {
        Path file = Files.writeString(dir.resolve("articles.txt"),
                "{\"title\": \"One\", \"text\": \"First article. It has two sentences.\"}\n"
                        + "{\"title\": \"Two\", \"text\": \"Second article.\"}\n");
        Run run = sentag("import", "--format", "jsonl", file.toString());
        assertEquals(0, run.code(), run::err);
        assertEquals(2, run.lines().size(), run.out());
        assertTrue(run.lines().get(0).contains("\tOne\t2 sentences"), run.out());
        Run bad = sentag("import", "--format", "docx", file.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("Unknown import format 'docx'"), bad.err());
    }

    @Test
    void aFileWhoseNameSaysNothingIsRecognisedByItsContent() throws Exception {
        Path page = Files.writeString(dir.resolve("saved-page"), "<!DOCTYPE html><html><head><title>Page title"
                + "</title></head><body><article><h1>Page title</h1><p>Body text of the page.</p></article></body></html>");
        Path lines = Files.writeString(dir.resolve("export.ndjson"), "{\"title\": \"From lines\", \"text\": \"Hi.\"}\n");
        Run run = sentag("import", page.toString(), lines.toString());
        assertEquals(0, run.code(), run::err);
        assertTrue(run.lines().get(0).contains("\tPage title\t"), run.out());
        assertTrue(run.lines().get(1).contains("\tFrom lines\t"), run.out());
    }

    @Test
    void encodingReadsALegacyFileThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("old.txt");
        Files.write(file, "Café society\n\nThe café opened in 1921. Its owner was Ms. Müller.\n"
                .getBytes(Charset.forName("windows-1252")));
        Run plain = sentag("import", file.toString());
        assertEquals(2, plain.code());
        assertTrue(plain.err().contains("not valid UTF-8"), plain.err());
        assertTrue(plain.err().contains("--encoding windows-1252"), "the error names the way out: " + plain.err());

        Run decoded = sentag("import", "--encoding", "windows-1252", file.toString());
        assertEquals(0, decoded.code(), decoded::err);
        assertTrue(decoded.out().contains("\tCafé society\t"), decoded.out());
        assertTrue(sentag("show", "1").out().contains("Its owner was Ms. Müller."));
        assertEquals(2, sentag("import", "--encoding", "no-such-charset", file.toString()).code());
    }

    @Test
    void aFolderImportTakesASnapshotFirst() throws Exception {
        importSeeds();
        Path folder = Files.createDirectories(dir.resolve("more"));
        Files.writeString(folder.resolve("a.txt"), "A headline\n\nA sentence of news.\n");
        Run run = sentag("import", folder.toString());
        assertEquals(0, run.code(), run::err);
        try (Stream<Path> snapshots = Files.list(dir.resolve("backups"))) {
            assertTrue(snapshots.anyMatch(p -> p.getFileName().toString().endsWith(".db")),
                    "a snapshot of the library before the folder import");
        }
    }
}
