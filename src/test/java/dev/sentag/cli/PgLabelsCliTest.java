package dev.sentag.cli;

import dev.sentag.pg.PgLibrary;

/** {@link LabelsCliTest}, the same contract, on a PostgreSQL library. */
class PgLabelsCliTest extends LabelsCliTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            url = PgLibrary.fresh();
        }
        return url;
    }
}
