package dev.sentag.annotate;

/**
 * A change kept in the outage queue, of one sentence (id and the position it had when made, to check it is still
 * there and to name it in a report): a tag (value: the label id, null clears), a note (its text), a speaker (the
 * name, null clears), or a link made or removed (value: "targetIndex|targetId|type", type empty for the default).
 */
public record OutageChange(long seq, Kind kind, long documentId, long sentenceId, int index, String value) {
    /** What the change sets. */
    public enum Kind { TAG, NOTE, SPEAKER, LINK, UNLINK }

    static OutageChange tag(long documentId, long sentenceId, int index, Long labelId) {
        return new OutageChange(0, Kind.TAG, documentId, sentenceId, index, labelId == null ? null : labelId.toString());
    }

    static OutageChange note(long documentId, long sentenceId, int index, String note) {
        return new OutageChange(0, Kind.NOTE, documentId, sentenceId, index, note);
    }

    static OutageChange speaker(long documentId, long sentenceId, int index, String name) {
        return new OutageChange(0, Kind.SPEAKER, documentId, sentenceId, index, name);
    }

    static OutageChange link(long documentId, long fromId, int from, long toId, int to, String type, boolean add) {
        return new OutageChange(0, add ? Kind.LINK : Kind.UNLINK, documentId, fromId, from,
                to + "|" + toId + "|" + (type == null ? "" : type));
    }

    /** A link's target: its position, id and type (null: the default type). */
    record Target(int index, long id, String type) {
    }

    Target target() {
        String[] f = value.split("\\|", 3);
        return new Target(Integer.parseInt(f[0]), Long.parseLong(f[1]), f[2].isEmpty() ? null : f[2]);
    }

    OutageChange numbered(long n) {
        return new OutageChange(n, kind, documentId, sentenceId, index, value);
    }

    Long labelId() {
        return value == null ? null : Long.valueOf(value);
    }

    /** The change as a person names it: "the tag of sentence 3 of document 1". */
    public String shown() {
        String where = " of document " + documentId;
        return switch (kind) {
            case TAG -> "the tag of sentence " + (index + 1) + where;
            case NOTE -> "the note of sentence " + (index + 1) + where;
            case SPEAKER -> "the speaker of sentence " + (index + 1) + where;
            case LINK, UNLINK -> (kind == Kind.LINK ? "the link" : "the removal of the link") + " from sentence "
                    + (index + 1) + " to sentence " + (target().index() + 1) + where;
        };
    }
}
