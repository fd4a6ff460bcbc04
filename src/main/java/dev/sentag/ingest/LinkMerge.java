package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import dev.sentag.model.Sentence;
import dev.sentag.model.SentenceSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the sentences of an imported copy of a stored document are stored, for its links and speakers: as for
 * tags ({@link TagMerge}), only a stored sentence with exactly the same offsets matches; a link or speaker on a
 * sentence without one is not merged.
 */
final class LinkMerge {
    private LinkMerge() {
    }

    static Map<Integer, Long> positions(DocumentDraft imported, List<Sentence> current) {
        Map<SentenceSpan, Long> byOffsets = new HashMap<>();
        current.forEach(s -> byOffsets.put(new SentenceSpan(s.start(), s.end()), s.id()));
        Map<Integer, Long> out = new HashMap<>();
        for (int k = 0; k < imported.sentences().size(); k++) {
            Long id = byOffsets.get(imported.sentences().get(k));
            if (id != null) {
                out.put(k, id);
            }
        }
        return out;
    }
}
