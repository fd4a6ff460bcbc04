package dev.sentag.cli;

import dev.sentag.model.DocumentSummary;
import dev.sentag.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Whole documents from the command line: delete to the trash, take back, rename. */
final class DocumentCommands {
    private DocumentCommands() {
    }

    /** Refuses (bad input) ids that name no document in the library list, before anything is written. */
    static void requireListed(Workspace ws, List<Long> ids) {
        var listed = ws.annotation().documents().stream().map(DocumentSummary::id).toList();
        for (long id : ids) {
            if (!listed.contains(id)) {
                boolean trashed = ws.annotation().trash().stream().anyMatch(t -> t.id() == id);
                throw new IllegalArgumentException(trashed ? "Document " + id + " is in the trash (sentag undelete " + id + ")."
                        : "No document with id " + id + ".");
            }
        }
    }

    /** {@code sentag delete DOC…}. */
    @Command(name = "delete", mixinStandardHelpOptions = true, description = {"Move documents to the trash, with everyone's tags and notes.",
            "They leave the library list, exports and agreement; sentag undelete DOC (or undo) brings them back."})
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "1..*", paramLabel = "DOC")
        List<Long> ids;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace ws = root.openAsAdmin("delete documents")) {
                requireListed(ws, ids);
                for (long id : ids) {
                    ws.annotation().delete(id);
                    out.printf("deleted %d (in the trash: sentag undelete %d)%n", id, id);
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code sentag undelete DOC…}. */
    @Command(name = "undelete", mixinStandardHelpOptions = true, description = "Take documents out of the trash, with all their tags and notes.")
    static final class Undelete implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "1..*", paramLabel = "DOC")
        List<Long> ids;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace ws = root.openAsAdmin("take documents out of the trash")) {
                var trashed = ws.annotation().trash().stream().map(t -> t.id()).toList();
                for (long id : ids) {
                    if (!trashed.contains(id)) {
                        throw new IllegalArgumentException("Document " + id + " is not in the trash (sentag docs --deleted lists it).");
                    }
                }
                for (long id : ids) {
                    ws.annotation().undelete(id);
                    out.printf("undeleted %d%n", id);
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code sentag rename DOC TITLE}. */
    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give a document a new title (undoable).")
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        SentagCommand root;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DOC")
        long id;
        @Parameters(index = "1", paramLabel = "TITLE")
        String title;

        @Override
        public Integer call() {
            try (Workspace ws = root.openAsAdmin("rename documents")) {
                ws.annotation().rename(id, title);
            }
            spec.commandLine().getOut().printf("renamed %d: %s%n", id, title.strip());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
