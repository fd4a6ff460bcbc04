package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.pg.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team library of schema 10 (before V011 dropped tag_history_days): an annotator who opens it first is told that an
 * admin must open it, and nothing changes; the admin's open upgrades it, and the annotator tags afterwards.
 */
class PgTeamUpgradeTest extends PgTeamCliHarness {
    @BeforeEach
    void teamOfSchemaTen() throws Exception {
        Run init = as(PostgresServer.SUPERUSER, "", "team", "init");
        assertEquals(0, init.code(), init::err);
        for (String name : List.of("ana", "ada")) {
            List<String> args = name.equals("ada")
                    ? List.of("team", "add", login(name), "--password-stdin", "--admin")
                    : List.of("team", "add", login(name), "--password-stdin");
            Run added = as(PostgresServer.SUPERUSER, "pw " + name + "\n", args.toArray(String[]::new));
            assertEquals(0, added.code(), added::err);
            server.rememberPassword(login(name), "pw " + name);
        }
        Path article = Files.writeString(dir.resolve("a.txt"), "The minister made a claim. The embassy answered it.\n");
        Run imported = as(login("ada"), "", "import", article.toString());
        assertEquals(0, imported.code(), imported::err);
        // Back to schema 10 as the team had it: the index V011 drops, owned as the team's schema is.
        try (var c = server.superuser(database); var st = c.createStatement()) {
            st.execute("""
                    CREATE INDEX tag_history_days ON tag_history (annotator_id, (substr(at, 1, 10)))
                    WHERE action = 'tag' AND new_label_id IS NOT NULL""");
            st.execute("ALTER INDEX tag_history_days OWNER TO sentag_admin");
            st.execute("UPDATE sentag_schema SET version = 10");
        }
    }

    @Test
    void anAnnotatorWaitsForAnAdminToUpgradeTheSchema() {
        Run ana = as(login("ana"), "", "tag", "1", "0", "claim");
        assertEquals(1, ana.code(), ana::err);
        assertTrue(ana.err().contains("needs its schema upgraded from version 10 to 11, which only an admin of the"
                + " team may do"), ana::err);
        assertEquals(10, number("SELECT version FROM sentag_schema"));
        assertEquals(1, number("SELECT count(*) FROM pg_indexes WHERE indexname = 'tag_history_days'"));
        assertEquals(0, number("SELECT count(*) FROM tags"));

        Run ada = as(login("ada"), "", "show", "1");
        assertEquals(0, ada.code(), ada::err);
        assertEquals(11, number("SELECT version FROM sentag_schema"));
        assertEquals(0, number("SELECT count(*) FROM pg_indexes WHERE indexname = 'tag_history_days'"));

        Run again = as(login("ana"), "", "tag", "1", "0", "claim");
        assertEquals(0, again.code(), again::err);
        assertEquals(1, number("SELECT count(*) FROM tags"));
    }
}
