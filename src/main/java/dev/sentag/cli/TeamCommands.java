package dev.sentag.cli;

import dev.sentag.model.TeamMember;
import dev.sentag.model.TeamRole;
import dev.sentag.workspace.Workspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sentag team}: set up a team library on PostgreSQL and its members' logins. */
@Command(name = "team", description = "Set up a team library on PostgreSQL: init, add, list.",
        subcommands = {TeamCommands.Init.class, TeamCommands.Add.class, TeamCommands.List.class})
public final class TeamCommands {
    @ParentCommand
    SentagCommand root;

    /** {@code sentag team init}. */
    @Command(name = "init", description = "Make the (empty) PostgreSQL database given with --db a team library: "
            + "schema, roles sentag_annotator / sentag_adjudicator / sentag_admin, grants and row-level security. "
            + "You become its first admin.")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        TeamCommands team;

        @Override
        public Integer call() {
            try (Workspace ws = team.root.openLibrary()) {
                ws.team().init();
                team.root.io().out().println("team library ready: " + team.root.library()
                        + "; add members with sentag team add NAME --password-stdin");
            }
            return 0;
        }
    }

    /** {@code sentag team add}. */
    @Command(name = "add", description = "Add a member: a database login NAME (lower-case letters, digits, _) whose "
            + "password is read from the first line of standard input, and their annotator.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        TeamCommands team;

        @Parameters(paramLabel = "NAME", description = "The login, which is also the annotator's name.")
        String name;

        @ArgGroup(exclusive = true)
        RoleChoice role;

        @Option(names = "--password-stdin", required = true,
                description = "Read the password from standard input (never from the command line).")
        boolean passwordStdin;

        /** At most one of the two higher roles; none: annotator. */
        static final class RoleChoice {
            @Option(names = "--adjudicator", description = "May also write gold.")
            boolean adjudicator;
            @Option(names = "--admin", description = "May also import, delete, edit the codebook and add members.")
            boolean admin;
        }

        @Override
        public Integer call() throws IOException {
            char[] password = readPassword();
            try (Workspace ws = team.root.openLibrary()) {
                TeamRole r = role == null ? TeamRole.ANNOTATOR : role.admin ? TeamRole.ADMIN : TeamRole.ADJUDICATOR;
                ws.team().add(name, r, password);
                team.root.io().out().println("added " + name + " (" + r.shown() + ")");
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            return 0;
        }

        private char[] readPassword() throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(team.root.io().in(), StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("No password on standard input: pipe it in, e.g. "
                        + "printf '%s\\n' \"$PW\" | sentag team add " + name + " --password-stdin");
            }
            return line.toCharArray();
        }
    }

    /** {@code sentag team list}. */
    @Command(name = "list", description = "Each member's login and role, one per line.")
    static final class List implements Callable<Integer> {
        @ParentCommand
        TeamCommands team;

        @Override
        public Integer call() {
            try (Workspace ws = team.root.openLibrary()) {
                for (TeamMember m : ws.team().members()) {
                    team.root.io().out().println(m.login() + "\t" + m.role().shown());
                }
            }
            return 0;
        }
    }
}
