package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.pg.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * README "Working as a team", step by step, on the real test server: the admin sets the team up in-process as the
 * superuser; each member then runs the command line in a JVM of their own, logged in as themselves with PGPASSWORD
 * (ana, cy) or a pgpass file of their own (ben), as the README says; ana and ben tag at the same time; cy adjudicates;
 * and every step a member may not take is refused with one clear line on stderr, with nothing written.
 */
class TeamWalkThroughTest extends CliHarness {
    private final PostgresServer server = PostgresServer.get();
    private final String database = server.freshDatabase();

    @Override
    String library() { // the admin: the superuser that created the database, as in the README's createdb example
        return server.url(PostgresServer.SUPERUSER, database);
    }

    /** Roles are per server: ana of this database is ana_tN, so other test classes' logins never clash. */
    private String login(String name) {
        return name + "_" + database;
    }

    private static String password(String name) {
        return "secret of " + name;
    }

    @Test
    void aTeamOfThreeFollowsTheReadmeAndNobodyTouchesAnothersWork() throws Exception {
        // Set-up by the admin.
        Run init = sentag("team", "init");
        assertEquals(0, init.code(), init::err);
        for (String[] m : List.of(new String[] {"ana"}, new String[] {"ben"}, new String[] {"cy", "--adjudicator"})) {
            List<String> args = new ArrayList<>(List.of("team", "add", login(m[0])));
            args.addAll(List.of(m).subList(1, m.length));
            args.add("--password-stdin");
            Run added = sentagWithInput(password(m[0]) + "\n", args.toArray(String[]::new));
            assertEquals(0, added.code(), added::err);
        }
        Run list = sentag("team", "list");
        assertTrue(list.lines().containsAll(List.of(login("ana") + "\tannotator", login("ben") + "\tannotator",
                login("cy") + "\tadjudicator")), list.out());
        List<Path> seeds = seeds();
        Run imported = sentag("import", seeds.get(0).toString(), seeds.get(1).toString());
        assertEquals(0, imported.code(), imported::err);
        assertEquals(2, imported.lines().size(), imported.out());
        Run assigned = sentag("assign", "--annotators", login("ana") + "," + login("ben"), "--per-doc", "2");
        assertEquals(0, assigned.code(), assigned::err);
        assertTrue(assigned.lines().get(0).startsWith("assigned 2 documents, 4 new assignments"), assigned.out());

        // Each member logs in as themselves and sees their queue.
        Path benPgpass = dir.resolve("ben.pgpass");
        Files.writeString(benPgpass, "127.0.0.1:" + server.port() + ":" + database + ":" + login("ben") + ":"
                + password("ben") + "\n");
        Files.setPosixFilePermissions(benPgpass, PosixFilePermissions.fromString("rw-------"));
        Member ana = new Member(login("ana"), Map.of("PGPASSWORD", password("ana")));
        Member ben = new Member(login("ben"), Map.of("PGPASSFILE", benPgpass.toString()));
        Member cy = new Member(login("cy"), Map.of("PGPASSWORD", password("cy")));
        for (Member m : List.of(ana, ben)) {
            Done queue = m.run("docs", "--assigned").waitFor();
            assertEquals(0, queue.code(), queue.err());
            assertEquals(List.of("1", "2"), queue.out().lines().map(l -> l.split("\t")[0]).toList(), queue.out());
        }
        Done cyQueue = cy.run("docs", "--assigned").waitFor();
        assertEquals(0, cyQueue.code(), cyQueue.err());
        assertEquals("", cyQueue.out(), "cy was given no documents");

        // ana and ben tag at the same time: two processes, each writing as its login.
        // On sentences the import kept (the first seed opens with a banner, excluded as web residue).
        long[] one = {included(1, 0), included(1, 1), included(1, 2)};
        long[] two = {included(2, 0), included(2, 1)};
        String anaTags = "1 " + one[0] + " claim\n1 " + one[1] + " response\n1 " + one[2] + " background\n2 " + two[0]
                + " claim\n2 " + two[1] + " claim\n";
        String benTags = "1 " + one[0] + " claim\n1 " + one[1] + " claim\n1 " + one[2] + " background\n2 " + two[0]
                + " claim\n2 " + two[1] + " response\n";
        Running anaTagging = ana.runWithInput(anaTags, "tag", "--stdin");
        Running benTagging = ben.runWithInput(benTags, "tag", "--stdin");
        for (Done tagged : List.of(anaTagging.waitFor(), benTagging.waitFor())) {
            assertEquals(0, tagged.code(), tagged.err());
        }
        assertEquals(5, number("SELECT count(*) FROM tags t JOIN annotators a ON a.id = t.annotator_id WHERE a.name = '"
                + login("ana") + "'"));
        assertEquals(5, number("SELECT count(*) FROM tags t JOIN annotators a ON a.id = t.annotator_id WHERE a.name = '"
                + login("ben") + "'"));

        // agree shows both.
        Done agree = cy.run("agree").waitFor();
        assertEquals(0, agree.code(), agree.err());
        assertTrue(agree.out().contains(login("ana")) && agree.out().contains(login("ben")), agree.out());

        // cy writes gold where ana and ben agree, and by hand where they do not.
        Done gold = cy.run("--annotator", "gold", "gold", "--from", login("ana") + "," + login("ben")).waitFor();
        assertEquals(0, gold.code(), gold.err());
        Done byHand = cy.run("--annotator", "gold", "tag", "1", String.valueOf(one[1]), "response").waitFor();
        assertEquals(0, byHand.code(), byHand.err());
        assertEquals(4, goldTags(), () -> "3 agreed sentences adopted plus one decided by hand: " + gold.out() + gold.err());

        // Every forbidden step is refused, with one line on stderr, and writes nothing.
        long tagsBefore = number("SELECT count(*) FROM tags");
        refused(ana.run("--annotator", login("ben"), "tag", "1", "3", "claim").waitFor(), 2, "you are " + login("ana"));
        refused(ana.run("--annotator", "gold", "tag", "1", "3", "claim").waitFor(), 2, "you are " + login("ana"));
        refused(ana.run("assign", "--annotators", login("ana"), "--per-doc", "1").waitFor(), 2, "admin");
        refused(ana.run("import", seeds.get(0).toString()).waitFor(), 2, "admin");
        refused(ana.run("delete", "2").waitFor(), 2, "admin");
        refused(ana.run("labels", "add", "Quote").waitFor(), 2, "only an admin may change the codebook");
        refused(ana.run("merge", "1", String.valueOf(one[0])).waitFor(), 2, "only an admin may merge or split");
        assertEquals(tagsBefore, number("SELECT count(*) FROM tags"));
        assertEquals(2, number("SELECT count(*) FROM documents WHERE deleted_at IS NULL"));
        assertEquals(4, number("SELECT count(*) FROM assignments"));
        assertEquals(0, number("SELECT count(*) FROM labels WHERE name = 'Quote'"));
        assertEquals(4, goldTags());
    }

    /** The index of the {@code nth} sentence of document {@code doc} that is not excluded. */
    private long included(int doc, int nth) {
        return number("SELECT idx FROM sentences WHERE document_id = " + doc + " AND excluded = 0 AND idx IS NOT NULL"
                + " ORDER BY idx LIMIT 1 OFFSET " + nth);
    }

    private long goldTags() {
        return number("SELECT count(*) FROM tags t JOIN annotators a ON a.id = t.annotator_id WHERE a.name = 'gold'");
    }

    private static void refused(Done run, int code, String says) {
        assertEquals(code, run.code(), () -> "exit code of a forbidden step; stderr: " + run.err());
        List<String> lines = run.err().strip().lines().toList();
        assertEquals(1, lines.size(), () -> "one clear line, not: " + run.err());
        assertTrue(lines.get(0).contains(says), lines.get(0));
        assertFalse(lines.get(0).contains("Exception") || lines.get(0).contains("ERROR:"), lines.get(0));
        assertEquals("", run.out());
    }

    /** The two seed articles, copied from the test resources into this test's folder. */
    private List<Path> seeds() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String name : List.of("000_ecdcd8510cd06f5c.txt", "003_99f98a11d0393293.txt")) {
            Path file = dir.resolve(name);
            try (InputStream in = getClass().getResourceAsStream("/dev/sentag/walkthrough/" + name)) {
                Files.copy(in, file);
            }
            out.add(file);
        }
        return out;
    }

    /** A finished child: exit code, standard output and standard error. */
    record Done(int code, String out, String err) {
    }

    /** A child JVM running the command line. */
    record Running(Process process, Path out, Path err) {
        Done waitFor() throws IOException, InterruptedException {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("sentag did not finish within 120 s");
            }
            return new Done(process.exitValue(), Files.readString(out).replace("\r\n", "\n"),
                    Files.readString(err).replace("\r\n", "\n"));
        }
    }

    /** A team member at their own machine: their login in the URL, their password in the environment they set. */
    private final class Member {
        private final String login;
        private final Map<String, String> env;
        private int runs;

        Member(String login, Map<String, String> env) {
            this.login = login;
            this.env = env;
        }

        Running run(String... args) throws IOException {
            return runWithInput("", args);
        }

        Running runWithInput(String stdin, String... args) throws IOException {
            int n = ++runs;
            Path in = dir.resolve(login + "-" + n + ".in");
            Path out = dir.resolve(login + "-" + n + ".out");
            Path err = dir.resolve(login + "-" + n + ".err");
            Files.writeString(in, stdin, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    "dev.sentag.Launcher", "--db", server.url(login, database)));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectInput(in.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> environment = builder.environment();
            environment.remove("PGPASSWORD");
            environment.remove("PGPASSFILE");
            environment.remove("SENTAG_DB");
            // Their own home: no ~/.pgpass of whoever runs the tests, and their log file stays in this test's folder.
            Path home = Files.createDirectories(dir.resolve("home-" + login));
            environment.put("HOME", home.toString());
            environment.put("XDG_DATA_HOME", home.resolve("data").toString());
            environment.putAll(env);
            return new Running(builder.start(), out, err);
        }
    }
}
