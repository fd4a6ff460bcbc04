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
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process on a temporary database and captures what it printed. */
abstract class CliHarness {
    @TempDir
    Path dir;

    /** One finished run: exit code and what went to standard output and standard error. */
    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    Run sentagWithInput(String stdin, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = library();
        System.arraycopy(args, 0, all, 2, args.length);
        return runRaw(stdin, all);
    }

    /** The library every {@link #sentag} call names with --db: a file here; a PostgreSQL URL in the team variants. */
    String library() {
        return dir.resolve("sentag.db").toString();
    }

    /** The first column of the first row of {@code sql} on this test's library, file or PostgreSQL, as a number. */
    long number(String sql) {
        String text = text(sql);
        return text == null ? -1 : Long.parseLong(text);
    }

    /** The first column of the first row of {@code sql} on this test's library, as text (null: no row). */
    String text(String sql) {
        String library = library();
        if (!library.startsWith("postgresql://")) {
            return dev.sentag.SqliteProbe.text(Path.of(library), sql);
        }
        String database = library.substring(library.lastIndexOf('/') + 1);
        try (var c = dev.sentag.pg.PostgresServer.get().superuser(database); var st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new AssertionError("probe query failed: " + sql, e);
        }
    }

    /** Runs exactly these arguments (no --db added). */
    Run runRaw(String... args) {
        return runRaw("", args);
    }

    Run runRaw(String stdin, String[] all) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = SentagCommand.run(all, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
                err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    Run sentag(String... args) {
        return sentagWithInput("", args);
    }

    /** Imports both seeds and returns the sentence count of each, in order. */
    List<Integer> importSeeds() {
        Run run = sentag("import", SeedFiles.first().toString(), SeedFiles.second().toString());
        assertEquals(0, run.code(), run::err);
        List<Integer> counts = new ArrayList<>();
        for (String line : run.lines()) {
            String[] f = line.split("\t");
            assertEquals(3, f.length, line);
            assertTrue(f[0].matches("\\d+") && f[2].matches("\\d+ sentences(, \\d+ excluded as web residue)?"), line);
            counts.add(Integer.parseInt(f[2].split(" ")[0]));
        }
        return counts;
    }
}
