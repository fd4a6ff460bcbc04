package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.model.FindCriterion;
import dev.sentag.model.FindQuery;
import dev.sentag.model.FoundSentence;
import dev.sentag.pg.PostgresServer;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of find across backends: the same articles imported and tagged alike into a library file and a
 * PostgreSQL library, then the same queries (words, accents, prefixes, phrases, OR, NOT, parentheses, punctuation,
 * filters, limits, malformed ones) through {@code sentag find} and through the find service must give the same
 * answers, and the answers must be the ones FTS5 gives (a library file is the reference).
 */
class PgFindParityTest extends CliHarness {
    /** Sentences with accents, inflections, stop words and punctuation that tell the two engines apart. */
    static final String ARTICLE = """
            Zürich talks

            Officials of the Généralitat de Catalunya met their counterparts in Zürich on Monday. \
            A spokesman responded that the responses so far were irresponsible. \
            Pakistan’s U.S.-made long-range missiles were in the news again; new sanctions followed. \
            A naïve café owner in São Paulo said: “It is what it is.” \
            The Prime Minister of Pakistan responds to NATO’s claims, as in 2024. \
            Generalization is not the same as generosity, he said of the generalisations.
            """;

    /** What follows {@code find}; ! before the first argument: SQLite must find something (the query is not idle). */
    static final List<List<String>> QUERIES = List.of(
            List.of("!Generalitat", "de", "Catalunya"), List.of("!\"Généralitat de Catalunya\""),
            List.of("!\"generalitat de catalunya\""), List.of("!Zurich"), List.of("!ZÜRICH"), List.of("!zurich*"),
            List.of("!respon*"), List.of("!respond"), List.of("!responses"), List.of("!irrespons*"),
            List.of("!news"), List.of("!new"), List.of("!the"), List.of("!of"), List.of("!is"), List.of("!as"),
            List.of("!\"it is what it is\""), List.of("!U.S."), List.of("!long-range"), List.of("!Pakistan’s"),
            List.of("!Pakistan's"), List.of("!sanction* OR missile"), List.of("!Pakistan NOT sanctions"),
            List.of("!(Pakistan OR Catalunya) NOT Zurich"), List.of("!Pakistan AND (news OR claims)"),
            List.of("!naive", "cafe"), List.of("!Sao Paulo"), List.of("!2024"), List.of("!general*"),
            List.of("!generalization"), List.of("!\"prime minister\"*"), List.of("!NATO’s claims"),
            List.of("!emerg* threat"), List.of("!statement OR \"…\""), List.of("…"), List.of("\"\""),
            List.of("zzzz"), List.of("!sanctions", "--limit", "2"), List.of("!--label", "claim"),
            List.of("!respon*", "--label", "response"),
            List.of("!the", "--annotator", "ben", "--label", "response"), List.of("!the", "--untagged", "--doc", "3"),
            List.of("!--has-note"), List.of("!Pakistan", "--json"), List.of("!--disputed", "the"),
            List.of("\"unclosed phrase"), List.of("sanctions OR"), List.of("NOT sanctions"), List.of("(Pakistan"),
            List.of("Pakistan)"), List.of("Pakistan NOT NOT news"), List.of("(Pakistan OR news) claims"),
            List.of("Pakistan (news OR claims)"), List.of("Pakistan (news claims)"), List.of("\"Pakistan\" (news)"));

    private final PostgresServer server = PostgresServer.get();
    private String database;

    @Override
    String library() {
        return dir.resolve("sentag.db").toString();
    }

    private String postgres() {
        return server.url(PostgresServer.SUPERUSER, database);
    }

    private Path article() throws Exception {
        Path file = dir.resolve("zurich.txt");
        if (!Files.exists(file)) {
            Files.writeString(file, ARTICLE);
        }
        return file;
    }

    private Run on(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return runRaw("", all);
    }

    private Run onInput(String db, String stdin, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return runRaw(stdin, all);
    }

    /** The same articles, tags and note in {@code db}. */
    private void fill(String db) throws Exception {
        Run imported = on(db, "import", SeedFiles.first().toString(), SeedFiles.second().toString(), article().toString());
        assertEquals(0, imported.code(), imported::err);
        for (String[] tags : List.of(new String[] {"ana", "1 3 claim\n1 4 response\n2 0 claim\n3 1 claim\n3 2 response\n3 4 response\n"},
                new String[] {"ben", "1 3 response\n3 1 response\n3 2 response\n3 5 background\n"})) {
            Run run = onInput(db, tags[1], "--annotator", tags[0], "tag", "--stdin");
            assertEquals(0, run.code(), run::err);
        }
        assertEquals(0, on(db, "--annotator", "ana", "note", "3", "0", "Généralitat? check the spelling").code());
    }

    @BeforeEach
    void twoLibrariesAlike() throws Exception {
        database = server.freshDatabase();
        fill(library());
        fill(postgres());
    }

    @Test
    void theCommandLineFindsTheSameOnBothBackends() {
        for (List<String> query : QUERIES) {
            boolean mustFind = query.get(0).startsWith("!");
            List<String> args = new ArrayList<>(query.contains("--annotator") ? List.of("find") : List.of("--annotator", "ana", "find"));
            query.forEach(a -> args.add(a.startsWith("!") ? a.substring(1) : a));
            Run file = sentag(args.toArray(String[]::new));
            Run team = on(postgres(), args.toArray(String[]::new));
            String shown = String.join(" ", args);
            assertEquals(file.code(), team.code(), shown + ": " + file.err() + " / " + team.err());
            assertEquals(file.out(), team.out(), shown);
            assertEquals(file.err(), team.err(), shown);
            if (mustFind) {
                assertEquals(0, file.code(), shown + ": " + file.err());
                assertFalse(file.out().isEmpty(), shown + " finds something in the file");
            }
        }
    }

    @Test
    void accentsPrefixesAndStopWordsMatchAsInALibraryFile() {
        Run zurich = on(postgres(), "find", "Zurich");
        assertEquals(0, zurich.code(), zurich::err);
        assertTrue(zurich.out().contains("met their counterparts in Zürich"), zurich.out());
        assertTrue(on(postgres(), "find", "\"Generalitat de Catalunya\"").out().contains("Généralitat de Catalunya"));
        assertTrue(on(postgres(), "find", "respon*").out().contains("A spokesman responded"), "a prefix is a prefix");
        assertTrue(on(postgres(), "find", "new").out().contains("in the news again"), "FTS5's Porter stems news to new");
        assertTrue(on(postgres(), "find", "\"it is what it is\"").out().contains("said: “It is what it is.”"),
                "a phrase of stop words");
        Run near = on(postgres(), "find", "NEAR (Pakistan claims)");
        assertEquals(0, sentag("find", "NEAR (Pakistan claims)").code(), "FTS5's NEAR group, in a library file");
        assertEquals(2, near.code(), near::err);
        assertEquals("", near.out());
        assertTrue(near.err().contains("NEAR (…) is not available in a team library"), near.err());
        Run bad = on(postgres(), "find", "sanctions OR");
        assertEquals(2, bad.code());
        assertEquals("", bad.out());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void theFindServiceAnswersTheSameOnBothBackends() {
        List<FindQuery> queries = List.of(
                new FindQuery("Zurich OR respon*", List.of(), "ana", 0),
                new FindQuery("\"generalitat de catalunya\"", List.of(), "ana", 0),
                new FindQuery("the", List.of(new FindCriterion(FindCriterion.LABEL, "response")), "ben", 0),
                new FindQuery("Pakistan NOT news", List.of(FindCriterion.flag(FindCriterion.UNTAGGED)), "ana", 3),
                new FindQuery("", List.of(FindCriterion.flag(FindCriterion.HAS_NOTE)), "ana", 0),
                new FindQuery("naïve OR NATO’s", List.of(new FindCriterion(FindCriterion.DOCUMENTS, "3")), "ben", 0));
        try (Workspace file = Workspace.open(library()); Workspace team = Workspace.open(postgres())) {
            for (FindQuery q : queries) {
                List<FoundSentence> expected = file.find().find(q);
                assertFalse(expected.isEmpty(), q::toString);
                assertEquals(expected, team.find().find(q), q::toString);
            }
        }
    }

    @Test
    void anAnnotatorFindsOnATeamLibraryAndTheAdminsFirstOpenRebuildsAnOldIndex() throws Exception {
        String login = "ana_" + database;
        String password = "pw of ana " + database;
        assertEquals(0, on(postgres(), "team", "init").code());
        Run added = onInput(postgres(), password + "\n", "team", "add", login, "--password-stdin");
        assertEquals(0, added.code(), added::err);
        server.rememberPassword(login, password);
        String asAna = server.url(login, database);
        String expected = sentag("find", "Zurich OR respon*").out();
        assertFalse(expected.isEmpty());
        Run found = on(asAna, "find", "Zurich OR respon*");
        assertEquals(0, found.code(), found::err);
        assertEquals(expected, found.out(), "an annotator reads the index");

        // A library whose index PostgreSQL's English configuration made (as before): the annotator may not rebuild
        // it, so their find runs on it as it is; the admin's next open rebuilds it once.
        try (Connection c = server.superuser(database); Statement st = c.createStatement()) {
            st.executeUpdate("""
                    UPDATE sentence_fts f SET tsv = to_tsvector('english', substr(d.text, s.start + 1, s."end" - s.start))
                    FROM sentences s JOIN documents d ON d.id = s.document_id WHERE s.id = f.sentence_id""");
            st.executeUpdate("DELETE FROM settings WHERE key = 'sentence_fts_format'");
            // …with an imported article still waiting for the index: the rebuild indexes it, so it must leave the queue.
            st.executeUpdate("INSERT INTO find_index_queue (document_id) SELECT min(id) FROM documents");
        }
        Run old = on(asAna, "find", "Zurich");
        assertEquals(0, old.code(), old::err);
        assertFalse(old.out().contains("Zürich on Monday"), "the old index folds no accents");
        assertEquals(0, onServer("SELECT count(*) FROM settings WHERE key = 'sentence_fts_format'"), "not rebuilt by ana");
        Run rebuilt = on(postgres(), "find", "Zurich OR respon*");
        assertEquals(0, rebuilt.code(), rebuilt::err);
        assertEquals(expected, rebuilt.out(), "the admin's open rebuilt it");
        assertEquals(0, onServer("SELECT count(*) FROM find_index_queue"), "the rebuild emptied the queue");
        assertEquals(expected, on(asAna, "find", "Zurich OR respon*").out());
    }

    private long onServer(String sql) throws Exception {
        try (Connection c = server.superuser(database); Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
