package dev.sentag.cli;

import dev.sentag.pg.PgLibrary;

/** The command line's contract tests ({@link CliTest}) on a PostgreSQL library. */
class PgCliTest extends CliTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            url = PgLibrary.fresh();
        }
        return url;
    }
}
