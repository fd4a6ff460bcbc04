package dev.sentag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.pg.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sentag bench --pg on the test server at a tiny scale: the PostgreSQL rows appear with numbers for ratios, the run
 * leaves nothing behind in the database, and what it cannot run on is refused as bad usage with nothing changed.
 */
class PgBenchCommandTest extends CliHarness {
    private final PostgresServer server = PostgresServer.get();
    private final String database = server.freshDatabase();
    private final String url = server.url(PostgresServer.SUPERUSER, database);

    @Test
    void postgresRowsAppearWithRatiosAndTheScratchSchemasAreDroppedAfterwards() throws Exception {
        Run run = sentag("bench", "--scale", "0.002", "--seed", "3", "--json", "--only", "import-pg,tag-pg", "--pg", url);

        assertEquals(0, run.code(), run::err);
        List<String> names = new ArrayList<>();
        for (JsonNode m : new ObjectMapper().readTree(run.out()).get("measures")) {
            names.add(m.get("name").asText());
            double value = m.get("value").asDouble();
            double baseline = m.get("baseline").asDouble();
            assertTrue(value > 0 && baseline > 0 && Double.isFinite(value) && Double.isFinite(baseline), m::toString);
            assertEquals(value / baseline, m.get("ratio").asDouble(), 1e-9 * value / baseline, m::toString);
            String target = m.get("target").asText();
            double ratio = m.get("ratio").asDouble();
            assertEquals(target.equals("information") || (target.contains("≥") ? ratio >= 0.5 : ratio <= 1.5),
                    m.get("met").asBoolean(), m::toString);
        }
        assertEquals(List.of("import + segment 20 articles, PostgreSQL",
                "import + segment 20 articles, PostgreSQL, then find index caught up", "tag → durable, 20 single tags, PostgreSQL, p50",
                "tag → durable, 20 single tags, PostgreSQL, p99"), names);
        assertEquals(0, scratchSchemas(), "the bench drops what it made");
        assertEquals("0", text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), "nothing else made");
    }

    @Test
    void withoutPgThePostgresRowsSayNotMeasured() throws Exception {
        Run run = sentag("bench", "--scale", "0.002", "--json", "--only", "tag-pg");

        assertEquals(0, run.code(), run::err);
        JsonNode rows = new ObjectMapper().readTree(run.out()).get("measures");
        assertEquals(2, rows.size(), rows::toString);
        for (JsonNode row : rows) {
            assertTrue(row.get("note").asText().startsWith("not measured: no PostgreSQL database"), row::toString);
            assertFalse(row.get("met").asBoolean());
        }
    }

    @Test
    void aDatabaseHoldingALeftOverScratchSchemaIsRefusedAndKept() throws Exception {
        try (Connection c = server.superuser(database); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA sentag_bench_tag");
            st.execute("CREATE TABLE sentag_bench_tag.keep (x INT)");
        }

        Run run = sentag("bench", "--scale", "0.002", "--only", "tag-pg", "--pg", url);

        assertEquals(2, run.code(), run::out);
        assertTrue(run.err().contains("already holds sentag_bench_tag") && run.err().contains("nothing was changed"),
                run::err);
        assertEquals("", run.out());
        assertEquals("1", text("SELECT count(*) FROM pg_tables WHERE schemaname = 'sentag_bench_tag'"));
    }

    @Test
    void aLoginThatMayNotCreateSchemasIsToldSoAndNothingIsMade() throws Exception {
        String login = "bench_reader_" + database;
        try (Connection c = server.superuser(database); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + login + " LOGIN PASSWORD 'reader-pw'");
        }
        server.rememberPassword(login, "reader-pw");

        Run run = sentag("bench", "--scale", "0.002", "--only", "tag-pg", "--pg", server.url(login, database));

        assertEquals(2, run.code(), run::err);
        // stderr carries the bench's progress lines too; the refusal is one line of its own
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("sentag: ")).count(), run::err);
        assertTrue(run.err().contains(login + " may not create schemas") && run.err().contains("CREATE on the database"),
                run::err);
        assertEquals(0, scratchSchemas());
    }

    @Test
    void aFileOrAMalformedUrlIsBadUsage() {
        Run file = sentag("bench", "--only", "tag-pg", "--pg", dir.resolve("x.db").toString());
        assertEquals(2, file.code());
        assertTrue(file.err().contains("--pg takes a PostgreSQL URL"), file::err);
        Run noDb = sentag("bench", "--only", "tag-pg", "--pg", "postgresql://postgres@127.0.0.1:1/");
        assertEquals(2, noDb.code());
        assertTrue(noDb.err().contains("names no database"), noDb::err);
        assertEquals(1, noDb.err().strip().lines().count(), noDb::err);
    }

    private long scratchSchemas() {
        return number("SELECT count(*) FROM pg_namespace WHERE starts_with(nspname, 'sentag_bench_')");
    }

    @Override
    String library() { // probes (number, text) read the bench's database; the bench itself never opens --db
        return url;
    }
}
