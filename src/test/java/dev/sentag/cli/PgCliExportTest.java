package dev.sentag.cli;

import dev.sentag.pg.PgLibrary;

/** {@link CliExportTest}, the same contract, on a PostgreSQL library. */
class PgCliExportTest extends CliExportTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            url = PgLibrary.fresh();
        }
        return url;
    }
}
