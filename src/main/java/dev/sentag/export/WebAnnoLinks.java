package dev.sentag.export;

import dev.sentag.model.AnnotatedSentence;
import dev.sentag.model.DocumentLinks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Links and speakers in WebAnno TSV 3.3 (INCEpTION user guide, "Formats → WebAnno TSV 3.x",
 * https://inception-project.github.io/releases/latest/docs/user-guide.html#sect_webannotsv): a span layer
 * {@code #T_SP=webanno.custom.SentagSpeaker|name} for speakers and a relation layer
 * {@code #T_RL=webanno.custom.SentagLink|type|BT_webanno.custom.Sentag} over the label layer ("File header").
 * As the guide's "Relation annotations" describe, a relation is written on the first token of its target
 * (dependent) span: the type column holds the type and the last column the source (governor) token with the
 * disambiguation ids of source and target span, {@code 3-1[4_2]} (0 for a single-token span without id, the
 * brackets left out when both are 0); several relations on one token are joined with {@code |}. Speaker span
 * ids are numbered after the label ids of the document.
 */
final class WebAnnoLinks {
    static final String SPEAKER_LAYER = "webanno.custom.SentagSpeaker";
    static final String LINK_LAYER = "webanno.custom.SentagLink";

    /** The header lines after the label layer's. */
    static String header() {
        return "#T_SP=" + SPEAKER_LAYER + "|name\n#T_RL=" + LINK_LAYER + "|type|BT_" + WebAnnoTsvWriter.LAYER + "\n";
    }

    private final Map<Integer, String> firstToken = new HashMap<>();
    private final Map<Integer, Integer> labelId = new HashMap<>();
    private final Map<Integer, String> speakerColumn = new HashMap<>();
    private final Map<Integer, List<DocumentLinks.LinkAt>> byTarget = new HashMap<>();

    /**
     * Plans the columns of a document: {@code labels} are the written labels by sentence index, numbered as the
     * label layer numbers them (multi-token spans in sentence order).
     */
    WebAnnoLinks(List<AnnotatedSentence> sentences, Map<Integer, String> labels, DocumentLinks links,
                 ToIntFunction<String> tokenCount) {
        int id = 0;
        int position = 0;
        for (AnnotatedSentence s : sentences) {
            position++;
            firstToken.put(s.index(), position + "-1");
            if (labels.containsKey(s.index())) {
                labelId.put(s.index(), tokenCount.applyAsInt(s.text()) > 1 ? ++id : 0);
            }
        }
        for (AnnotatedSentence s : sentences) {
            String name = links.speakers().get(s.index());
            if (name != null) {
                String escaped = WebAnnoTsvWriter.escape(LinkedSpans.oneLine(name));
                speakerColumn.put(s.index(), tokenCount.applyAsInt(s.text()) > 1 ? escaped + "[" + (++id) + "]" : escaped);
            }
        }
        for (DocumentLinks.LinkAt l : LinkedSpans.between(links, labelId)) {
            byTarget.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
        }
    }

    /** The speaker column for every token of sentence {@code index}. */
    String speaker(int index) {
        return speakerColumn.getOrDefault(index, "_");
    }

    /** The two relation columns (type, source reference) for the first token of sentence {@code index}. */
    String relations(int index) {
        List<DocumentLinks.LinkAt> in = byTarget.get(index);
        if (in == null) {
            return "_\t_";
        }
        List<String> types = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (DocumentLinks.LinkAt l : in) {
            types.add(WebAnnoTsvWriter.escape(l.type()));
            int from = labelId.get(l.from());
            int to = labelId.get(l.to());
            refs.add(firstToken.get(l.from()) + (from == 0 && to == 0 ? "" : "[" + from + "_" + to + "]"));
        }
        return String.join("|", types) + "\t" + String.join("|", refs);
    }
}
