package dev.sentag.cli;

import dev.sentag.pg.PgLibrary;

/** {@link GoldCommandTest}, the same contract, on a PostgreSQL library. */
class PgGoldCommandTest extends GoldCommandTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            url = PgLibrary.fresh();
        }
        return url;
    }
}
