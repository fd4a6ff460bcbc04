package dev.sentag.cli;

import dev.sentag.pg.PgLibrary;

/** {@link FindIndexQueueCliTest}, the same contract, on a PostgreSQL library (its V010 queue and tsvector index). */
class PgFindIndexQueueCliTest extends FindIndexQueueCliTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            url = PgLibrary.fresh();
        }
        return url;
    }
}
