package dev.sentag.cli;

import dev.sentag.pg.PgLibrary;

/** {@link DocumentTrashCliTest}, the same contract, on a PostgreSQL library. */
class PgDocumentTrashCliTest extends DocumentTrashCliTest {
    private String url;

    @Override
    String library() {
        if (url == null) {
            url = PgLibrary.fresh();
        }
        return url;
    }
}
