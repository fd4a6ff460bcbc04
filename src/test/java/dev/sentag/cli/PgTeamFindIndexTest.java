package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.ingest.ImportService;
import dev.sentag.pg.PostgresServer;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a team library only admins write the find index: an annotator's find while imported articles still wait to be
 * indexed says how many it leaves out (and changes nothing); the admin's next find indexes them.
 */
class PgTeamFindIndexTest extends PgTeamCliHarness {
    @BeforeEach
    void team() {
        Run init = as(PostgresServer.SUPERUSER, "", "team", "init");
        assertEquals(0, init.code(), init::err);
        for (String[] m : List.of(new String[] {"ana", "--password-stdin"}, new String[] {"ada", "--admin"})) {
            List<String> args = m[1].equals("--admin")
                    ? List.of("team", "add", login(m[0]), "--password-stdin", "--admin")
                    : List.of("team", "add", login(m[0]), "--password-stdin");
            Run added = as(PostgresServer.SUPERUSER, "pw " + m[0] + "\n", args.toArray(String[]::new));
            assertEquals(0, added.code(), added::err);
            server.rememberPassword(login(m[0]), "pw " + m[0]);
        }
    }

    @Test
    void anAnnotatorsFindSaysHowManyImportedArticlesItLeavesOutAndTheAdminsFindIndexesThem() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(folder.resolve("a" + i + ".txt"), "Report " + i + "\n\nMarmalade exports rose on day " + i + ".\n");
        }
        try (Workspace admin = Workspace.open(server.url(login("ada"), database))) {
            admin.imports().importAll(List.of(folder), ImportService.Progress.NONE); // closed before the index caught up
        }
        assertEquals(3, number("SELECT count(*) FROM find_index_queue"));

        Run ana = as(login("ana"), "", "find", "marmalade");
        assertEquals(0, ana.code(), ana::err);
        assertEquals("", ana.out());
        assertTrue(ana.err().contains("the find index is still being built: 3 imported articles are not searched yet"),
                ana::err);
        assertEquals(3, number("SELECT count(*) FROM find_index_queue"), "an annotator does not write the index");

        Run ada = as(login("ada"), "", "find", "marmalade");
        assertEquals(0, ada.code(), ada::err);
        assertEquals(3, ada.lines().size(), ada::out);
        assertEquals(0, number("SELECT count(*) FROM find_index_queue"));
        Run again = as(login("ana"), "", "find", "marmalade");
        assertEquals(3, again.lines().size(), again::out);
        assertEquals("", again.err());
    }
}
