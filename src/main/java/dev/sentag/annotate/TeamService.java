package dev.sentag.annotate;

import dev.sentag.model.Annotator;
import dev.sentag.model.TeamMember;
import dev.sentag.model.TeamRole;
import dev.sentag.store.Database;
import dev.sentag.store.TeamLogin;
import dev.sentag.store.TeamRepository;
import java.util.List;
import java.util.Optional;

/**
 * The team of a team library: setting it up, its members, and who the annotator is. In a team library the annotator
 * is the login; naming someone else is for reading their work only, and writing in their name is refused as bad
 * usage (an adjudicator may write as gold). The database enforces the same on its own.
 */
public final class TeamService {
    private final Database database;
    private final TeamRepository team;

    public TeamService(Database database) {
        this.database = database;
        this.team = new TeamRepository(database);
    }

    /** The login of this team library; empty for a one-person library. */
    public Optional<String> login() {
        return database.teamLogin().map(TeamLogin::name);
    }

    public void init() {
        team.init();
    }

    public void add(String name, TeamRole role, char[] password) {
        team.add(name, role, password);
    }

    public List<TeamMember> members() {
        return team.members();
    }

    /**
     * In a team library, refuses (as bad usage, before anything is written) a member who is not an admin: importing,
     * deleting or renaming documents and assigning work are the admin's. The database refuses it too; this says so
     * in one line instead of the server's message about a table.
     *
     * @param what what the command would do, e.g. "import documents"
     */
    public void requireAdmin(String what) {
        Optional<TeamLogin> login = database.teamLogin();
        if (login.isPresent() && !login.get().admin()) {
            TeamLogin me = login.get();
            throw new IllegalArgumentException("In the team library you are " + me.name() + ", "
                    + (me.adjudicator() ? "an adjudicator" : "an annotator") + ": only an admin may " + what
                    + " (ask your team's admin).");
        }
    }

    /**
     * Called when a command acts as {@code named}: in a team library, unless that is the login (or gold and the login
     * adjudicates), every write of this session is refused from now on with a message saying why.
     */
    public void actingAs(String named) {
        Optional<TeamLogin> login = database.teamLogin();
        if (login.isEmpty()) {
            return;
        }
        String name = named.strip();
        TeamLogin me = login.get();
        if (name.equals(me.name()) || (name.equals(Annotator.GOLD) && me.adjudicator())) {
            return;
        }
        database.refuseWrites("In the team library you are " + me.name() + ": you may read " + name
                + "'s work but not write it" + (name.equals(Annotator.GOLD)
                ? " (writing gold needs the adjudicator role)." : "."));
    }
}
