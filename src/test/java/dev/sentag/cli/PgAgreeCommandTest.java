package dev.sentag.cli;

import dev.sentag.pg.PgLibrary;

/** {@link AgreeCommandTest}, the same contract, on a PostgreSQL library. */
class PgAgreeCommandTest extends AgreeCommandTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            url = PgLibrary.fresh();
        }
        return url;
    }
}
