package dev.sentag.cli;

import dev.sentag.store.StoreException;
import dev.sentag.workspace.Backups;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sentag backup} and {@code sentag restore FILE}: snapshots in backups/ beside the database. */
final class BackupCommands {
    private BackupCommands() {
    }

    /** Takes a snapshot now, or lists the kept ones. */
    @Command(name = "backup", description = {"Write a snapshot of the database to backups/ beside it and print its path.",
            "The last 10 snapshots are kept."})
    static final class Backup implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;
        @Option(names = "--list", description = "List the kept snapshots, oldest first, instead.")
        boolean list;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (Workspace ws = root.openWorkspace()) {
                if (list) {
                    ws.backups().list().forEach(out::println);
                } else {
                    out.println(ws.backups().take("manual"));
                }
            }
            return 0;
        }
    }

    /** Replaces the database with a snapshot, after snapshotting the current state. */
    @Command(name = "restore", description = {"Replace the database with snapshot FILE.",
            "The current state is snapshotted first, so a restore can itself be undone."})
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "A snapshot (see 'sentag backup --list').")
        Path file;
        @picocli.CommandLine.Option(names = "--dry-run",
                description = "Only say what the restore would lose (tags and notes per annotator, documents); change nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("No snapshot file " + file + ".");
            }
            var out = spec.commandLine().getOut();
            Workspace ws;
            try {
                ws = root.openWorkspace();
            } catch (StoreException cannotOpen) {
                // The database itself is damaged or foreign: keep it aside untouched and put the snapshot in its place.
                Path aside = Backups.restoreOverUnopenable(root.databasePath(), file);
                out.println("restored " + file + "; the unopenable database was kept as " + aside);
                return 0;
            }
            try (ws) {
                var loss = ws.backups().lossIfRestored(file);
                String prefix = dryRun ? "would lose: " : "replaced: ";
                loss.lines().forEach(line -> out.println(loss.nothing() ? line : prefix + line));
                if (dryRun) {
                    out.println("nothing changed (dry run)");
                    return 0;
                }
                Path before = ws.backups().restore(file);
                out.println("restored " + file + "; the state before is in " + before);
            }
            return 0;
        }
    }
}
