package dev.sentag.export;

import dev.sentag.model.DocumentLinks;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Links and speakers in brat standoff (https://brat.nlplab.org/standoff.html): each link is a relation
 * annotation {@code R1<TAB>responds_to Arg1:T3 Arg2:T1} ("Relation annotations"), Arg1 the span of the source
 * sentence and Arg2 that of the target; each speaker is an annotator note on the sentence's span,
 * {@code #5<TAB>AnnotatorNotes T3<TAB>speaker: Jon Finer} ("Annotator notes"), which brat shows in the span's
 * tooltip. annotation.conf declares every type under {@code [relations]} as
 * {@code responds_to Arg1:<ENTITY>, Arg2:<ENTITY>} ("Relation types", https://brat.nlplab.org/configuration.html).
 */
final class BratLinks {
    static final String SPEAKER_NOTE = "speaker: ";

    private BratLinks() {
    }

    static String relationsConf(WriterSettings settings) {
        StringBuilder conf = new StringBuilder();
        for (String type : settings.relationTypes()) {
            conf.append(type).append(" Arg1:<ENTITY>, Arg2:<ENTITY>\n");
        }
        return conf.toString();
    }

    /** Writes the relations between written spans and the speaker notes; note ids continue after {@code lastNote}. */
    static void write(Writer ann, DocumentLinks links, Map<Integer, Integer> spanByIndex, int lastNote)
            throws IOException {
        int r = 0;
        for (DocumentLinks.LinkAt l : LinkedSpans.between(links, spanByIndex)) {
            ann.write("R" + (++r) + "\t" + l.type() + " Arg1:T" + spanByIndex.get(l.from()) + " Arg2:T"
                    + spanByIndex.get(l.to()) + "\n");
        }
        int note = lastNote;
        for (var speaker : links.speakers().entrySet()) {
            Integer t = spanByIndex.get(speaker.getKey());
            if (t != null) {
                ann.write("#" + (++note) + "\tAnnotatorNotes T" + t + "\t" + SPEAKER_NOTE
                        + LinkedSpans.oneLine(speaker.getValue()) + "\n");
            }
        }
    }
}
