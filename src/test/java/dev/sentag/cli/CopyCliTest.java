package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.SqliteProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** sentag copy: a library with everything in it, copied, reads the same and undoes the same in the copy. */
class CopyCliTest extends CliHarness {
    private static final List<String> FORMATS =
            List.of("jsonl", "jsonl-docs", "csv", "doccano", "label-studio", "brat", "webanno-tsv");
    private static final List<String> WHO = List.of("ana", "ben", "gold");

    /** The library copied from: {@link #library()}, a file here, a PostgreSQL database in {@link PgCopyCliTest}. */
    String source() {
        return library();
    }

    Run on(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return runRaw(all);
    }

    Run onWithInput(String db, String stdin, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return runRaw(stdin, all);
    }

    static void ok(Run run) {
        assertEquals(0, run.code(), run::err);
    }

    /** Seeds, tags of two coders and gold, a note, links, speakers, a merge and a split, undo, trash, codebook. */
    void fullLibrary() throws IOException {
        fullLibrary(source());
    }

    void fullLibrary(String db) throws IOException {
        ok(on(db, "import", SeedFiles.first().toString(), SeedFiles.second().toString()));
        Path third = dir.resolve("third.txt");
        Files.writeString(third, "A third article\n\nIt was said. It was denied. Nobody knows.\n");
        ok(on(db, "import", third.toString()));
        ok(onWithInput(db, "1 1 claim\n1 2 response\n1 3 background\n2 0 claim\n2 1 response\n",
                "--annotator", "ana", "tag", "--stdin"));
        ok(onWithInput(db, "1 1 claim\n1 2 claim\n1 4 background\n2 0 claim\n2 2 response\n",
                "--annotator", "ben", "tag", "--stdin"));
        ok(on(db, "--annotator", "gold", "tag", "1", "1", "claim"));
        ok(on(db, "--annotator", "ana", "note", "1", "2", "Foreign Office? check"));
        ok(on(db, "relations", "add", "supports"));
        ok(on(db, "--annotator", "ana", "link", "1", "2", "1"));
        ok(on(db, "--annotator", "ben", "link", "2", "2", "0"));
        ok(on(db, "--annotator", "ana", "speaker", "1", "3", "Jon Finer"));
        ok(on(db, "--annotator", "ben", "speaker", "2", "0", "Reuters"));
        ok(on(db, "--annotator", "ana", "merge", "1", "6"));
        ok(on(db, "--annotator", "ana", "split", "2", "3", "5"));
        ok(on(db, "--annotator", "ana", "tag", "1", "8", "claim"));
        ok(on(db, "--annotator", "ana", "undo")); // the tag of 1 8 goes; the split stays next on ana's undo stack
        ok(on(db, "labels", "rename", "Background", "Context"));
        ok(on(db, "labels", "add", "Quote", "--description", "Reported speech."));
        ok(on(db, "--annotator", "ana", "delete", "3"));
        ok(on(db, "assign", "--annotators", "ana,ben", "--per-doc", "2", "--seed", "3"));
    }

    List<String> readouts(String db) {
        List<String> out = new ArrayList<>();
        for (String who : WHO) {
            out.add(who + " docs\n" + on(db, "--annotator", who, "docs").out());
            for (String doc : List.of("1", "2", "3")) {
                for (String cmd : List.of("links", "speakers", "show")) {
                    Run run = on(db, "--annotator", who, cmd, doc);
                    out.add(who + " " + cmd + " " + doc + " " + run.code() + "\n" + run.out());
                }
            }
            out.add(who + " queue\n" + on(db, "--annotator", who, "docs", "--assigned").out());
        }
        out.add("trash\n" + on(db, "docs", "--deleted").out().replaceAll("\t\\d{4}-[^\t]*\t", "\tWHEN\t"));
        out.add("labels\n" + on(db, "labels").out());
        out.add("history\n" + on(db, "labels", "history").out());
        out.add("find\n" + on(db, "--annotator", "ana", "find", "Pakistan").out());
        out.add("agree\n" + on(db, "agree", "--json").out());
        return out;
    }

    void exportEverything(String db, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String who : WHO) {
            for (String format : FORMATS) {
                ok(on(db, "--annotator", who, "export", "--format", format, "--include-excluded",
                        "--out", folder.resolve(who + "." + format).toString()));
            }
        }
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    @Test
    void aCopyExportsByteForByteTheSameAndUndoesTheSame() throws IOException {
        fullLibrary();
        String target = dir.resolve("copy").resolve("team.db").toString();

        Run copy = sentag("copy", "--to", target);

        ok(copy);
        assertTrue(copy.out().contains("tag_history\t"), copy.out());
        assertTrue(copy.out().contains("assignments\t4\n"), copy.out()); // document 3 went to the trash first
        Path a = dir.resolve("export-source");
        Path b = dir.resolve("export-copy");
        exportEverything(source(), a);
        exportEverything(target, b);
        assertEquals(files(a), files(b));
        assertTrue(files(a).size() >= WHO.size() * FORMATS.size(), files(a).toString());
        for (Path f : files(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
        assertEquals(readouts(source()), readouts(target));
        assertTrue(on(target, "--annotator", "ana", "find", "Pakistan").lines().size() > 0, "the index was rebuilt");

        for (String db : List.of(source(), target)) {
            ok(on(db, "--annotator", "ana", "undo")); // the deletion: document 3 is back
            ok(on(db, "--annotator", "ana", "undo")); // the split
            ok(on(db, "--annotator", "ana", "undo")); // the merge
            ok(on(db, "--annotator", "ben", "undo")); // ben's speaker
        }
        assertEquals(readouts(source()), readouts(target), "after the same undos");
        assertEquals(3, on(target, "--annotator", "ana", "docs").lines().size(), "undo took document 3 out of the trash");
        assertEquals("", on(target, "--annotator", "ben", "speakers", "--doc", "2").out(), "and ben's speaker away");
        ok(on(target, "--annotator", "ana", "redo"));
        ok(on(source(), "--annotator", "ana", "redo"));
        assertEquals(readouts(source()), readouts(target), "and redo");
    }

    @Test
    void aTargetThatHoldsAnythingIsRefusedAndLeftAsItWas() throws IOException {
        fullLibrary();
        Path other = dir.resolve("other.db");
        ok(on(other.toString(), "import", SeedFiles.second().toString()));
        byte[] before = Files.readAllBytes(other);

        Run copy = sentag("copy", "--to", other.toString());

        assertEquals(2, copy.code());
        assertTrue(copy.err().startsWith("sentag: Not copied: ") && copy.err().contains("is not empty"), copy.err());
        assertEquals(1, copy.err().strip().lines().count(), copy.err());
        assertArrayEquals(before, Files.readAllBytes(other), "the target's file did not change");
        assertEquals(1, on(other.toString(), "docs").lines().size());

        Run self = sentag("copy", "--to", source());
        assertEquals(2, self.code(), self.err());
        Run folder = sentag("copy", "--to", dir.toString());
        assertEquals(2, folder.code(), folder.err());
        Run missing = sentag("copy");
        assertEquals(2, missing.code(), missing.err());
    }

    @Test
    void aTableTheCopyDoesNotKnowStopsItBeforeAnythingIsWritten() throws Exception {
        fullLibrary();
        addTableUnknownToTheCopy();
        Path target = dir.resolve("new.db");

        Run copy = sentag("copy", "--to", target.toString());

        assertEquals(1, copy.code(), copy.err());
        assertTrue(copy.err().contains("review_comments"), copy.err());
        assertFalse(Files.exists(target), "no file was made");
    }

    @Test
    void aNewLibraryIsAnEmptyTargetAndACopyOfTheCopyIsTheSame() throws IOException {
        fullLibrary();
        String empty = dir.resolve("empty.db").toString();
        ok(on(empty, "docs")); // a new library, with its default codebook
        Path again = dir.resolve("again.db");

        ok(sentag("copy", "--to", empty));
        ok(on(empty, "copy", "--to", again.toString()));

        assertEquals(readouts(source()), readouts(again.toString()));
        assertEquals(number("SELECT count(*) FROM tag_history"), SqliteProbe.count(again, "tag_history"));
    }

    /** A table in the source that no migration makes (another program's, or a migration that forgot LibraryCopy). */
    void addTableUnknownToTheCopy() throws Exception {
        try (Connection c = SqliteProbe.connect(Path.of(source())); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE review_comments (id INTEGER PRIMARY KEY, body TEXT)");
        }
    }
}
