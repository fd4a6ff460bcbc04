package dev.sentag.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentag.model.FindCriterion;
import dev.sentag.model.FindQuery;
import dev.sentag.model.FoundSentence;
import dev.sentag.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sentag find [QUERY] [filters]}: sentences across the library, one per line, in document order. */
@Command(name = "find", description = {"Find sentences by words and filters: DOC, INDEX, LABEL (or -), TEXT a line.",
        "Words in any order, \"quoted phrases\", AND / OR / NOT; case- and accent-insensitive, inflected forms too.",
        "--label, --untagged, --has-note, --unsure, --speaker, --linked and --not-linked are about the current",
        "(or --annotator) annotator's tags, speakers and links."})
final class FindCommand implements Callable<Integer> {
    @ParentCommand
    SentagCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to find (several words: all of them).")
    List<String> query = new ArrayList<>();
    @Option(names = "--label", paramLabel = "L", description = "Only sentences tagged with this label.")
    String label;
    @Option(names = "--untagged", description = "Only sentences without a label.")
    boolean untagged;
    @Option(names = "--disputed", description = "Only sentences two or more annotators labelled differently.")
    boolean disputed;
    @Option(names = "--has-note", description = "Only sentences with a note.")
    boolean hasNote;
    @Option(names = "--excluded", description = "Only excluded sentences (web residue), otherwise left out.")
    boolean excluded;
    @Option(names = "--unsure", description = "Only sentences marked unsure.")
    boolean unsure;
    @Option(names = "--speaker", paramLabel = "NAME", description = "Only sentences attributed to this speaker (any case).")
    String speaker;
    @Option(names = "--linked", description = "Only sentences a link starts or ends at.")
    boolean linked;
    @Option(names = "--not-linked", description = "Only sentences no link starts or ends at.")
    boolean notLinked;
    @Option(names = "--state", paramLabel = "STATE", description = "Only documents untagged, started or complete.")
    String state;
    @Option(names = "--doc", paramLabel = "IDS", description = "Only these documents, e.g. 1,4,7.")
    String documents;
    @Option(names = "--limit", paramLabel = "N", description = "At most N sentences (default: all).")
    int limit;
    @Option(names = "--json", description = "One JSON object a line: doc_id, doc_title, sentence_index, label, annotator, note, unsure, speaker, text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (linked && notLinked) {
            throw new IllegalArgumentException("Give --linked or --not-linked, not both.");
        }
        FindQuery q = new FindQuery(String.join(" ", query), criteria(), root.annotator, limit);
        List<FoundSentence> found;
        try (Workspace ws = root.openLibrary()) {
            if (q.hasText()) {
                indexFirst(ws.find());
            }
            found = ws.find().find(q);
        }
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        for (FoundSentence s : found) {
            if (json) {
                ObjectNode o = mapper.createObjectNode();
                o.put("doc_id", s.documentId());
                o.put("doc_title", s.documentTitle());
                o.put("sentence_index", s.index());
                o.put("label", s.label());
                o.put("annotator", s.annotator());
                o.put("note", s.note());
                o.put("unsure", s.unsure());
                o.put("speaker", s.speaker());
                o.put("text", s.text());
                out.println(mapper.writeValueAsString(o));
            } else {
                out.println(s.documentId() + "\t" + s.index() + "\t" + (s.label() == null ? "-" : s.label()) + "\t"
                        + s.text());
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Finds only what the index holds: articles a folder import left to be indexed are indexed now, before the
     * search, or (where this login may not write the index) the user is told how many the search leaves out.
     */
    private void indexFirst(dev.sentag.annotate.FindService find) {
        int waiting = find.notYetIndexed();
        if (waiting == 0) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        if (find.mayIndex()) {
            err.printf("sentag: indexing %d imported article%s for find first%n", waiting, waiting == 1 ? "" : "s");
            err.flush();
            find.indexAll();
        } else {
            err.printf("sentag: the find index is still being built: %d imported article%s not searched yet (a team"
                    + " admin's next find or import indexes them)%n", waiting, waiting == 1 ? " is" : "s are");
            err.flush();
        }
    }

    private List<FindCriterion> criteria() {
        List<FindCriterion> out = new ArrayList<>();
        if (label != null) {
            out.add(new FindCriterion(FindCriterion.LABEL, label));
        }
        flag(out, untagged, FindCriterion.UNTAGGED);
        flag(out, disputed, FindCriterion.DISPUTED);
        flag(out, hasNote, FindCriterion.HAS_NOTE);
        flag(out, excluded, FindCriterion.EXCLUDED);
        flag(out, unsure, FindCriterion.UNSURE);
        flag(out, linked, FindCriterion.LINKED);
        flag(out, notLinked, FindCriterion.NOT_LINKED);
        if (speaker != null) {
            out.add(new FindCriterion(FindCriterion.SPEAKER, speaker));
        }
        if (state != null) {
            out.add(new FindCriterion(FindCriterion.STATE, state));
        }
        if (documents != null) {
            out.add(new FindCriterion(FindCriterion.DOCUMENTS, documents));
        }
        return out;
    }

    private static void flag(List<FindCriterion> out, boolean on, String kind) {
        if (on) {
            out.add(FindCriterion.flag(kind));
        }
    }
}
