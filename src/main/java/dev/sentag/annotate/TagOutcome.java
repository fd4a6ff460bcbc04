package dev.sentag.annotate;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.SentencePlace;

/** A label change that was committed, with the sentence it touched (so a view can show it). */
public record TagOutcome(SentencePlace sentence, HistoryEntry change) {
}
