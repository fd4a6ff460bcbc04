package dev.sentag.cli;

import dev.sentag.store.StoreException;
import dev.sentag.workspace.DataLocation;
import dev.sentag.workspace.Workspace;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code sentag} command line: the same services as the window, for scripts and pipes. */
// scope INHERIT: every subcommand answers --help (and --version) too, including ones added later.
@Command(name = "sentag", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "Sentag 0.1.0",
        description = "Tag the sentences of news articles. Without a command, the window opens.",
        subcommands = {ImportCommand.class, DocsCommand.class, ShowCommand.class, TagCommand.class,
                ExportCommand.class, SegmentCommand.class, RepairCommands.Merge.class, RepairCommands.Split.class,
                RepairCommands.Undo.class, RepairCommands.Redo.class, AgreeCommand.class,
                BackupCommands.Backup.class, BackupCommands.Restore.class,
                GoldCommand.class,
                DocumentCommands.Delete.class, DocumentCommands.Undelete.class, DocumentCommands.Rename.class,
                FindCommand.class, StatsCommand.class, NoteCommand.class,
                LabelsCommand.class,
                RelationsCommand.class,
                AssignCommand.class,
                CopyCommand.class,
                LinkCommands.Link.class, LinkCommands.Links.class, LinkCommands.Speaker.class, LinkCommands.Speakers.class,
                TeamCommands.class},

        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure while working", "2:bad usage or bad input"})
public final class SentagCommand {
    private static final System.Logger LOG = System.getLogger(SentagCommand.class.getName());
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH|URL",
            description = "Library: a database file, or a team library postgresql://USER@HOST:PORT/DBNAME "
                    + "(password from PGPASSWORD or ~/.pgpass). Default: $SENTAG_DB, else the user's data folder.")
    String db;

    private final Streams io;

    private SentagCommand(Streams io) {
        this.io = io;
    }

    Streams io() {
        return io;
    }

    @Option(names = "--annotator", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Act as this annotator for this command (default: the one set in the app).")
    String annotator;

    Workspace openWorkspace() {
        Workspace ws = openLibrary();
        if (annotator != null) {
            try {
                ws.annotation().actAs(annotator);
                ws.team().actingAs(annotator);
            } catch (RuntimeException e) {
                ws.close();
                throw e;
            }
        }
        return ws;
    }

    /** {@link #openWorkspace()} for what only a team library's admin may do ({@code what}); anyone in a library file. */
    Workspace openAsAdmin(String what) {
        Workspace ws = openWorkspace();
        try {
            ws.team().requireAdmin(what);
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
        return ws;
    }

    /** The library without acting as --annotator (commands that only name annotators to read). */
    Workspace openLibrary() {
        return Workspace.open(library());
    }

    /** The library named by --db, else SENTAG_DB, else the default file: a path or a PostgreSQL URL. */
    String library() {
        return db != null ? db : DataLocation.defaultLibrary();
    }

    /** The library's file, for what only an SQLite library has (snapshots); a server URL is bad usage here. */
    Path databasePath() {
        return DataLocation.file(library()).orElseThrow(() -> new IllegalArgumentException("This command works on a "
                + "library file; " + library() + " is a team library on PostgreSQL (back it up with pg_dump)."));
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args, InputStream in, PrintStream stdout, PrintStream stderr) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new SentagCommand(new Streams(in, stdout, stderr)));
        // Plugged-in commands (sentag bench) first: the settings below reach only the subcommands already there.
        java.util.ServiceLoader.load(CommandPlugin.class).forEach(cli::addSubcommand);
        cli.setOut(out);
        // "--annotator gold" names the adjudicated annotator, not the gold command.
        cli.setAllowSubcommandsAsOptionParameters(true);
        cli.setErr(err);
        // picocli's parse-error handler asks this mapper too, so a usage error (ParameterException) must map to 2.
        cli.setExitCodeExceptionMapper(e -> e instanceof IllegalArgumentException
                || e instanceof CommandLine.ParameterException ? BAD_INPUT : FAILED);
        cli.setExecutionExceptionHandler((e, line, parse) -> {
            if (e instanceof IllegalArgumentException) {
                LOG.log(System.Logger.Level.INFO, "sentag {0}: bad input: {1}", String.join(" ", args), e.getMessage());
            } else {
                LOG.log(System.Logger.Level.WARNING, "sentag " + String.join(" ", args) + " failed", e);
            }
            line.getErr().println("sentag: " + message(e));
            line.getErr().flush();
            return e instanceof IllegalArgumentException ? BAD_INPUT : FAILED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String message(Exception e) {
        if (e instanceof StoreException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
