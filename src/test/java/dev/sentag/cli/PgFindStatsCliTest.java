package dev.sentag.cli;

import dev.sentag.pg.PgLibrary;

/** {@link FindStatsCliTest}, the same contract, on a PostgreSQL library. */
class PgFindStatsCliTest extends FindStatsCliTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            url = PgLibrary.fresh();
        }
        return url;
    }
}
