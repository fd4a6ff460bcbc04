package dev.sentag.store;

import dev.sentag.model.TeamMember;
import dev.sentag.model.TeamRole;
import java.util.List;

/** Setting up a team library and its members (sentag team): the database does the enforcing, see {@link TeamSchema}. */
public final class TeamRepository {
    private final Database db;

    public TeamRepository(Database db) {
        this.db = db;
    }

    /** Makes this PostgreSQL library a team library (roles, grants, row-level security); the caller becomes an admin. */
    public void init() {
        requireServer();
        db.inTransaction(c -> {
            TeamSchema.init(c);
            return null;
        });
        db.reloadTeamLogin();
    }

    /** Adds a login {@code name} with {@code password} in {@code role}, and their annotator row. */
    public void add(String name, TeamRole role, char[] password) {
        requireTeam();
        db.inTransaction(c -> {
            TeamSchema.add(c, name, role, password);
            return null;
        });
    }

    public List<TeamMember> members() {
        requireTeam();
        return db.read(TeamSchema::members);
    }

    private void requireServer() {
        if (db.snapshotsSupported()) {
            throw new IllegalArgumentException(db.shown() + " is a library file; a team library lives on PostgreSQL: "
                    + "give --db postgresql://USER@HOST:PORT/DBNAME.");
        }
    }

    private void requireTeam() {
        requireServer();
        if (db.teamLogin().isEmpty()) {
            throw new IllegalArgumentException(db.shown() + " is not a team library yet: run sentag team init first.");
        }
    }
}
