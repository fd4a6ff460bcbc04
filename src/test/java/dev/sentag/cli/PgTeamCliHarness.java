package dev.sentag.cli;

import dev.sentag.pg.PostgresServer;

/**
 * A {@link CliHarness} on a fresh PostgreSQL database of the test server: {@link #library()} names it as the
 * superuser that created it (the team's first admin), and {@link #as} runs a command as one of its logins.
 */
abstract class PgTeamCliHarness extends CliHarness {
    final PostgresServer server = PostgresServer.get();
    String database = server.freshDatabase();

    /** Logins are per server, not per database: ana of this database is ana_DATABASE, so test classes never clash. */
    String login(String name) {
        return name + "_" + database;
    }

    @Override
    String library() {
        return server.url(PostgresServer.SUPERUSER, database);
    }

    /** Runs {@code args} with {@code stdin} as the login {@code user} (a full login name) on this database. */
    Run as(String user, String stdin, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = server.url(user, database);
        System.arraycopy(args, 0, all, 2, args.length);
        return runRaw(stdin, all);
    }
}
