package dev.sentag.pg;

/** A fresh PostgreSQL library for a test: the URL its --db takes, logged in as the superuser (password in pgpass). */
public final class PgLibrary {
    private PgLibrary() {
    }

    public static String fresh() {
        PostgresServer server = PostgresServer.get();
        return server.url(PostgresServer.SUPERUSER, server.freshDatabase());
    }
}
