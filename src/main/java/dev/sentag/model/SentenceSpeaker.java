package dev.sentag.model;

import java.util.Objects;

/** One annotator's speaker of one current sentence of a document, with the sentence's id and position. */
public record SentenceSpeaker(long sentenceId, int index, String annotator, String name) {
    public SentenceSpeaker {
        Objects.requireNonNull(name, "name");
    }
}
