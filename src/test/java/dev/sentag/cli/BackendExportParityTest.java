package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.pg.PgLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An SQLite library and a PostgreSQL library given the same content through the same commands export the same bytes
 * in all seven formats. The clock is the one thing that differs between the two runs, so the times are set to one
 * instant in both before exporting.
 */
class BackendExportParityTest extends CliHarness {
    private String library;

    @Override
    String library() {
        return library;
    }

    @Test
    void allSevenFormatsAreByteIdenticalBetweenSqliteAndPostgresql() throws IOException {
        String file = dir.resolve("solo.db").toString();
        String server = PgLibrary.fresh();
        for (String lib : List.of(file, server)) {
            library = lib;
            build();
        }
        for (String format : List.of("jsonl", "jsonl-docs", "csv", "doccano", "label-studio", "brat", "webanno-tsv")) {
            for (String lib : List.of(file, server)) {
                library = lib;
                Path out = dir.resolve((lib == file ? "sqlite-" : "pg-") + format);
                Run run = sentag("--annotator", "ann", "export", "--format", format, "--out", out.toString());
                assertEquals(0, run.code(), () -> format + ": " + run.err());
            }
            assertSameBytes(dir.resolve("sqlite-" + format), dir.resolve("pg-" + format));
        }
    }

    /** Two annotators' tags, notes, an unsure flag, links, a speaker, a renamed document and an exclusion. */
    private void build() {
        Run imported = sentag("import", SeedFiles.first().toString(), SeedFiles.second().toString());
        assertEquals(0, imported.code(), imported::err);
        ok(sentagWithInput("1 1 claim\n1 2 response\n1 3 background\n2 0 claim\n2 1 claim\n", "--annotator", "ann",
                "tag", "--stdin"));
        ok(sentagWithInput("1 1 claim\n1 2 claim\n2 0 response\n", "--annotator", "bob", "tag", "--stdin"));
        ok(sentag("--annotator", "ann", "note", "1", "2", "answers \"the claim\", with a comma; and a tab\there"));
        ok(sentag("--annotator", "ann", "tag", "--unsure", "2", "4", "background"));
        ok(sentag("--annotator", "ann", "link", "1", "2", "1"));
        ok(sentag("--annotator", "ann", "speaker", "1", "3", "Jon Finer"));
        ok(sentag("--annotator", "ann", "tag", "1", "5", "claim"));
        ok(sentag("--annotator", "ann", "undo"));
        ok(sentag("rename", "2", "A renamed article"));
        for (String table : List.of("documents SET imported_at", "tags SET created_at", "tags SET updated_at",
                "speakers SET updated_at", "links SET created_at")) {
            setTime(table);
        }
    }

    private void setTime(String tableAndColumn) {
        String sql = "UPDATE " + tableAndColumn + " = '2026-01-02T03:04:05Z'";
        if (library.startsWith("postgresql://")) {
            String database = library.substring(library.lastIndexOf('/') + 1);
            try (var c = dev.sentag.pg.PostgresServer.get().superuser(database); var st = c.createStatement()) {
                st.executeUpdate(sql);
            } catch (java.sql.SQLException e) {
                throw new AssertionError(sql, e);
            }
        } else {
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + library); var st = c.createStatement()) {
                st.executeUpdate(sql);
            } catch (java.sql.SQLException e) {
                throw new AssertionError(sql, e);
            }
        }
    }

    private static void ok(Run run) {
        assertEquals(0, run.code(), run::err);
    }

    private static void assertSameBytes(Path a, Path b) throws IOException {
        if (Files.isDirectory(a)) {
            List<Path> left = files(a);
            List<Path> right = files(b);
            assertEquals(left.stream().map(a::relativize).toList(), right.stream().map(b::relativize).toList());
            assertTrue(!left.isEmpty(), a.toString());
            for (int i = 0; i < left.size(); i++) {
                assertArrayEquals(Files.readAllBytes(left.get(i)), Files.readAllBytes(right.get(i)), left.get(i).toString());
            }
        } else {
            byte[] bytes = Files.readAllBytes(a);
            assertTrue(bytes.length > 100, a.toString());
            assertEquals(new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                    Files.readString(b), a.getFileName().toString());
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
