package dev.sentag.cli;

import dev.sentag.model.Annotator;
import dev.sentag.store.Database;
import dev.sentag.store.TeamLogin;

/**
 * In a team library the annotator is the login: a command may name another annotator with --annotator only to read
 * (export, show, links, agree); its writes are then refused as bad usage. An adjudicator may write as gold.
 */
final class TeamAnnotator {
    private TeamAnnotator() {
    }

    static void check(TeamLogin login, String named, Database database) {
        String name = named.strip();
        if (name.equals(login.name()) || (name.equals(Annotator.GOLD) && login.adjudicator())) {
            return;
        }
        database.refuseWrites("In the team library you are " + login.name() + ": you may read " + name
                + "'s work but not write it" + (name.equals(Annotator.GOLD)
                ? " (writing gold needs the adjudicator role)." : "."));
    }
}
