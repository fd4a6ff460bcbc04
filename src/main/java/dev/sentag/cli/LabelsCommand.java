package dev.sentag.cli;

import dev.sentag.annotate.CodebookService;
import dev.sentag.model.CodebookLabel;
import dev.sentag.model.CodebookVersion;
import dev.sentag.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sentag labels}: the codebook. Alone it lists the active labels ({@code KEY NAME #RRGGBB DEFINITION},
 * tab-separated); its subcommands change the codebook, each printing {@code ok …} after its commit.
 */
@Command(name = "labels", mixinStandardHelpOptions = true,
        description = {"The codebook: list the active labels (KEY, NAME, #RRGGBB, DEFINITION; tab-separated),",
                "or change it. Every change makes a new codebook version."},
        subcommands = {LabelsCommand.Add.class, LabelsCommand.Rename.class, LabelsCommand.Merge.class,
                LabelsCommand.Retire.class, LabelsCommand.Describe.class, LabelsCommand.Export.class,
                LabelsCommand.Import.class, LabelsCommand.History.class})
final class LabelsCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = root.openWorkspace()) {
            var out = spec.commandLine().getOut();
            for (CodebookLabel l : ws.codebook().current().active()) {
                out.println(String.join("\t", l.label().key() == null ? "-" : l.label().key(), l.name(),
                        l.label().colour(), oneLine(l.definition())));
            }
            out.flush();
        }
        return 0;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    /** Runs one change on the codebook and prints {@code ok version N: WHAT CHANGED} after its commit. */
    private int change(CommandSpec spec, java.util.function.Consumer<CodebookService> change) {
        return changeAndReport(root, spec, ws -> change.accept(ws.codebook()));
    }

    /** Any codebook change (labels or link types): runs it, then prints the version it made. */
    static int changeAndReport(SentagCommand root, CommandSpec spec, java.util.function.Consumer<Workspace> change) {
        try (Workspace ws = root.openAsAdmin("change the codebook")) {
            change.accept(ws);
            List<CodebookVersion> versions = ws.codebook().versions();
            CodebookVersion made = versions.get(versions.size() - 1);
            spec.commandLine().getOut().printf("ok version %d: %s%n", made.version(), oneLine(made.change()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a label (at most 9 are active).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        LabelsCommand labels;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--key", paramLabel = "K", description = "Its key, 1-9 (default: the lowest free one).")
        String key;
        @Option(names = {"--color", "--colour"}, paramLabel = "#RRGGBB",
                description = "Its colour (default: the next of the colour-blind-safe palette).")
        String colour;
        @Option(names = "--description", paramLabel = "TEXT", description = "Its definition.")
        String description;

        @Override
        public Integer call() {
            return labels.change(spec, c -> c.add(name, key, colour, description));
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = "Rename a label; every tag keeps it (undo takes the rename back).")
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        LabelsCommand labels;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "OLD")
        String oldName;
        @Parameters(index = "1", paramLabel = "NEW")
        String newName;

        @Override
        public Integer call() {
            return labels.change(spec, c -> c.rename(oldName, newName));
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Relabel every FROM tag (every annotator's) as INTO and retire FROM.",
                    "One change: undo takes it back."})
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        LabelsCommand labels;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FROM")
        String from;
        @Parameters(index = "1", paramLabel = "INTO")
        String into;

        @Override
        public Integer call() {
            return labels.change(spec, c -> c.merge(from, into));
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = "Retire a label; refused while tags carry it, unless --into says where they go.")
    static final class Retire implements Callable<Integer> {
        @ParentCommand
        LabelsCommand labels;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--into", paramLabel = "OTHER", description = "Move its tags to this label (a merge).")
        String into;

        @Override
        public Integer call() {
            return labels.change(spec, c -> c.retire(name, into));
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true,
            description = "Set a label's definition (and, optionally, its notes and examples).")
    static final class Describe implements Callable<Integer> {
        @ParentCommand
        LabelsCommand labels;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "TEXT")
        String text;
        @Option(names = "--include", paramLabel = "TEXT", description = "When the label applies.")
        String include;
        @Option(names = "--exclude", paramLabel = "TEXT", description = "When it does not.")
        String exclude;
        @Option(names = "--example", paramLabel = "SENTENCE", description = "An example sentence (repeatable).")
        List<String> examples;

        @Override
        public Integer call() {
            return labels.change(spec, c -> {
                CodebookLabel l = c.current().byName(name).orElse(null);
                if (l == null || (include == null && exclude == null && examples == null)) {
                    c.describe(name, text);
                } else {
                    c.describe(name, text, include == null ? l.includeNote() : include,
                            exclude == null ? l.excludeNote() : exclude, examples == null ? l.examples() : examples);
                }
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the codebook as JSON (labels, keys, colours, definitions, examples).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        LabelsCommand labels;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", paramLabel = "FILE", description = "Write here (default: standard output).")
        Path out;

        @Override
        public Integer call() throws IOException {
            try (Workspace ws = labels.root.openWorkspace()) {
                var codebook = ws.codebook().current();
                String json = ws.codebook().exportJson();
                if (out == null) {
                    spec.commandLine().getOut().print(json);
                    spec.commandLine().getOut().flush();
                    return 0;
                }
                Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".codebook", ".tmp");
                Files.writeString(tmp, json, StandardCharsets.UTF_8);
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getOut().printf("ok export %s (codebook version %d)%n", out, codebook.version());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Make FILE's labels the codebook: labels are matched by name; refused, changing nothing,",
                    "if a label that tags carry would disappear."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        LabelsCommand labels;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException(file + " does not exist.");
            } catch (MalformedInputException e) {
                throw new IllegalArgumentException(file + " is not UTF-8 text.");
            } catch (IOException e) {
                throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage());
            }
            return labels.change(spec, c -> c.importJson(text, file.toString()));
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "One line per codebook version: VERSION, TIME, WHO, CHANGE (tab-separated).")
    static final class History implements Callable<Integer> {
        @ParentCommand
        LabelsCommand labels;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Workspace ws = labels.root.openWorkspace()) {
                var out = spec.commandLine().getOut();
                for (CodebookVersion v : ws.codebook().versions()) {
                    out.println(v.version() + "\t" + v.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\t" + v.who() + "\t" + oneLine(v.change()));
                }
                out.flush();
            }
            return 0;
        }
    }
}
