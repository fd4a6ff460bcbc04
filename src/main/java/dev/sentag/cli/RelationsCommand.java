package dev.sentag.cli;

import dev.sentag.annotate.RelationTypeService;
import dev.sentag.model.CodebookRelation;
import dev.sentag.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sentag relations}: the link types of the codebook. Alone it lists the active ones ({@code KEY NAME
 * #RRGGBB DESCRIPTION}, tab-separated); its subcommands change them, each printing {@code ok version N: …}
 * after its commit (every change is a codebook version, like a label change).
 */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = {"The link types of the codebook: list the active ones (KEY, NAME, #RRGGBB, DESCRIPTION;",
                "tab-separated), or change them. Every change makes a new codebook version."},
        subcommands = {RelationsCommand.Add.class, RelationsCommand.Rename.class, RelationsCommand.Describe.class,
                RelationsCommand.Key.class, RelationsCommand.Recolour.class, RelationsCommand.Retire.class})
final class RelationsCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = root.openWorkspace()) {
            var out = spec.commandLine().getOut();
            for (CodebookRelation r : ws.relations().active()) {
                out.println(String.join("\t", r.type().key() == null ? "-" : r.type().key(), r.name(),
                        r.type().colour(), r.description().replaceAll("[\\t\\r\\n]+", " ").strip()));
            }
            out.flush();
        }
        return 0;
    }

    /** Runs one change on the link types and prints {@code ok version N: WHAT CHANGED} after its commit. */
    private int change(CommandSpec spec, java.util.function.Consumer<RelationTypeService> change) {
        return LabelsCommand.changeAndReport(root, spec, ws -> change.accept(ws.relations()));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a link type.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        RelationsCommand relations;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "One word: letters, digits, _ or -.")
        String name;
        @Option(names = "--key", paramLabel = "K",
                description = "The letter that chooses it while linking (not J or K; default: its first letter if free).")
        String key;
        @Option(names = {"--color", "--colour"}, paramLabel = "#RRGGBB",
                description = "Its colour (default: the next of the colour-blind-safe palette).")
        String colour;
        @Option(names = "--description", paramLabel = "TEXT", description = "What it means.")
        String description;

        @Override
        public Integer call() {
            return relations.change(spec, r -> r.add(name, key, colour, description));
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a link type; every link keeps it.")
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        RelationsCommand relations;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "OLD")
        String oldName;
        @Parameters(index = "1", paramLabel = "NEW")
        String newName;

        @Override
        public Integer call() {
            return relations.change(spec, r -> r.rename(oldName, newName));
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true, description = "Set what a link type means.")
    static final class Describe implements Callable<Integer> {
        @ParentCommand
        RelationsCommand relations;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        @Override
        public Integer call() {
            return relations.change(spec, r -> r.describe(name, text));
        }
    }

    @Command(name = "key", mixinStandardHelpOptions = true,
            description = "Give a link type another key (one letter, not J or K: they move while linking).")
    static final class Key implements Callable<Integer> {
        @ParentCommand
        RelationsCommand relations;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "K")
        String key;

        @Override
        public Integer call() {
            return relations.change(spec, r -> r.rekey(name, key));
        }
    }

    @Command(name = "recolour", aliases = "recolor", mixinStandardHelpOptions = true,
            description = "Give a link type another colour.")
    static final class Recolour implements Callable<Integer> {
        @ParentCommand
        RelationsCommand relations;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "#RRGGBB")
        String colour;

        @Override
        public Integer call() {
            return relations.change(spec, r -> r.recolour(name, colour));
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = "Retire a link type; refused while links have it, and for the last one.")
    static final class Retire implements Callable<Integer> {
        @ParentCommand
        RelationsCommand relations;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return relations.change(spec, r -> r.retire(name));
        }
    }
}
