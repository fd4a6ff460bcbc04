package dev.sentag.cli;

import dev.sentag.pg.PgLibrary;

/** {@link CliRepairTest}, the same contract, on a PostgreSQL library. */
class PgCliRepairTest extends CliRepairTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            url = PgLibrary.fresh();
        }
        return url;
    }
}
