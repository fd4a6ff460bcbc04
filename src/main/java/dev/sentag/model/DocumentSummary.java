package dev.sentag.model;

/** A document as the library list shows it: title and how far tagging has got. */
public record DocumentSummary(long id, String title, int sentences, int tagged) {
}
