package dev.sentag.annotate;

/**
 * A change kept in the outage queue: a tag (value: the label id, null clears) or a note (value: its text) of one
 * sentence, with the document and position it had when made, to name it in a report.
 */
public record OutageChange(long seq, Kind kind, long documentId, long sentenceId, int index, String value) {
    /** What the change sets. */
    public enum Kind { TAG, NOTE }

    static OutageChange tag(long documentId, long sentenceId, int index, Long labelId) {
        return new OutageChange(0, Kind.TAG, documentId, sentenceId, index, labelId == null ? null : labelId.toString());
    }

    static OutageChange note(long documentId, long sentenceId, int index, String note) {
        return new OutageChange(0, Kind.NOTE, documentId, sentenceId, index, note);
    }

    OutageChange numbered(long n) {
        return new OutageChange(n, kind, documentId, sentenceId, index, value);
    }

    Long labelId() {
        return value == null ? null : Long.valueOf(value);
    }

    /** The change as a person names it: "the tag of sentence 3 of document 1". */
    public String shown() {
        return (kind == Kind.TAG ? "the tag" : "the note") + " of sentence " + (index + 1) + " of document " + documentId;
    }
}
