package dev.sentag.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What restoring a snapshot would throw away: per annotator the labels and notes the library holds that the
 * snapshot does not (made or changed after it), and the documents imported after it.
 */
public record RestoreLoss(List<AnnotatorLoss> annotators, int documents) {
    /** One annotator's labels and notes that exist now but not in the snapshot. */
    public record AnnotatorLoss(String annotator, int tags, int notes) {
    }

    public RestoreLoss {
        annotators = List.copyOf(annotators);
    }

    public boolean nothing() {
        return documents == 0 && annotators.stream().allMatch(a -> a.tags() == 0 && a.notes() == 0);
    }

    /** One line per kind of loss, as a person reads it ("ben: 29 tags, 1 note"); says so when nothing would be lost. */
    public List<String> lines() {
        if (nothing()) {
            return List.of("Nothing made since the snapshot would be lost.");
        }
        List<String> out = new ArrayList<>();
        for (AnnotatorLoss a : annotators) {
            List<String> parts = new ArrayList<>();
            if (a.tags() > 0) {
                parts.add(a.tags() + (a.tags() == 1 ? " tag" : " tags"));
            }
            if (a.notes() > 0) {
                parts.add(a.notes() + (a.notes() == 1 ? " note" : " notes"));
            }
            if (!parts.isEmpty()) {
                out.add(a.annotator() + ": " + String.join(", ", parts));
            }
        }
        if (documents > 0) {
            out.add(documents + (documents == 1 ? " document" : " documents") + " imported after the snapshot");
        }
        return out;
    }
}
