package dev.sentag.cli;

import dev.sentag.pg.PostgresServer;

/** The command line's contract tests ({@link CliTest}) on a PostgreSQL library. */
class PgCliTest extends CliTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            PostgresServer server = PostgresServer.get();
            url = server.url(PostgresServer.SUPERUSER, server.freshDatabase());
        }
        return url;
    }
}
