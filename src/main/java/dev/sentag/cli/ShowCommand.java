package dev.sentag.cli;

import dev.sentag.annotate.OpenDocument;
import dev.sentag.model.LabelSet;
import dev.sentag.model.Sentence;
import dev.sentag.model.Tag;
import dev.sentag.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sentag show DOC}: index, label (or -), text — one sentence per line. A sentence set aside as web
 * residue shows {@code excluded} as its label ({@code excluded:LABEL} if it had been tagged), as the window
 * greys it: exports, agreement and progress leave it out.
 */
@Command(name = "show", description = {"Show a document's sentences: index, label (or -), text.",
        "Sentences excluded as web residue show 'excluded' (or excluded:LABEL) as their label."})
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "DOC", description = "Document id (see sentag docs).")
    long documentId;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            OpenDocument doc = ws.annotation().open(documentId)
                    .orElseThrow(() -> new IllegalArgumentException("No document with id " + documentId + "."));
            LabelSet labels = ws.annotation().labels();
            for (Sentence s : doc.sentences()) {
                Tag tag = doc.tags().get(s.id());
                String label = tag == null || tag.labelId() == null ? "-"
                        : labels.byId(tag.labelId()).map(l -> l.name()).orElse("?");
                if (s.excluded()) {
                    label = label.equals("-") ? "excluded" : "excluded:" + label;
                }
                out.printf("%d\t%s\t%s%n", s.index(), label, s.text());
            }
        }
        return 0;
    }
}
