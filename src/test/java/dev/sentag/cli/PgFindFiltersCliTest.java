package dev.sentag.cli;

import dev.sentag.pg.PgLibrary;

/** {@link FindFiltersCliTest}, the same contract, on a PostgreSQL library. */
class PgFindFiltersCliTest extends FindFiltersCliTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            url = PgLibrary.fresh();
        }
        return url;
    }
}
