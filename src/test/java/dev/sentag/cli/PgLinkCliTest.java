package dev.sentag.cli;

import dev.sentag.pg.PgLibrary;

/** {@link LinkCliTest}, the same contract, on a PostgreSQL library. */
class PgLinkCliTest extends LinkCliTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            url = PgLibrary.fresh();
        }
        return url;
    }
}
