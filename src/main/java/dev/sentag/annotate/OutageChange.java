package dev.sentag.annotate;

/**
 * A change kept in the outage queue, of one sentence (id and the position it had when made, to check it is still
 * there and to name it in a report): a tag (value: the label id, null clears; when the label it replaced is known,
 * "label|previous" with an empty part for none, so that undo can be shown before the server is back), a note (its
 * text), a speaker (the name, null clears; see {@link #speaker(long, long, int, String, String)}), a link made or removed (value: "targetIndex|targetId|type", type empty for
 * the default), an unsure mark ("true" or "false"), or an undo or redo of a kept tag or link (its sentence, and its
 * kind and value as "TAG:value").
 * {@code annotator} is whom it was made as (gold while adjudicating); null: whoever the session acts as.
 */
public record OutageChange(long seq, Kind kind, long documentId, long sentenceId, int index, String value,
                           String annotator) {
    /** What the change sets. */
    public enum Kind { TAG, NOTE, SPEAKER, LINK, UNLINK, UNSURE, UNDO, REDO }

    public OutageChange(long seq, Kind kind, long documentId, long sentenceId, int index, String value) {
        this(seq, kind, documentId, sentenceId, index, value, null);
    }

    static OutageChange tag(long documentId, long sentenceId, int index, Long labelId) {
        return new OutageChange(0, Kind.TAG, documentId, sentenceId, index, labelId == null ? null : labelId.toString());
    }

    /** A tag whose previous label ({@code before}, null: none) is known, so that it can be undone offline. */
    static OutageChange tag(long documentId, long sentenceId, int index, Long labelId, Long before) {
        return new OutageChange(0, Kind.TAG, documentId, sentenceId, index, text(labelId) + "|" + text(before));
    }

    static OutageChange note(long documentId, long sentenceId, int index, String note) {
        return new OutageChange(0, Kind.NOTE, documentId, sentenceId, index, note);
    }

    static OutageChange speaker(long documentId, long sentenceId, int index, String name) {
        return new OutageChange(0, Kind.SPEAKER, documentId, sentenceId, index, name);
    }

    /**
     * A speaker whose previous name ({@code before}, null: none) is known, so that it can be undone offline. Kept as
     * NUL, name, NUL, previous, each name "=" + it or empty for none (NUL is no character of a name; the journal
     * stores the value in Base64).
     */
    static OutageChange speaker(long documentId, long sentenceId, int index, String name, String before) {
        return new OutageChange(0, Kind.SPEAKER, documentId, sentenceId, index,
                "\0" + (name == null ? "" : "=" + name) + "\0" + (before == null ? "" : "=" + before));
    }

    /** A speaker's name (null: cleared). */
    String speakerName() {
        return knowsPrevious() ? named(value.split("\0", -1)[1]) : value;
    }

    /** The name a speaker replaced (null: none); see {@link #knowsPrevious()}. */
    String previousSpeaker() {
        return named(value.split("\0", -1)[2]);
    }

    private static String named(String part) {
        return part.isEmpty() ? null : part.substring(1);
    }

    static OutageChange unsure(long documentId, long sentenceId, int index, boolean unsure) {
        return new OutageChange(0, Kind.UNSURE, documentId, sentenceId, index, Boolean.toString(unsure));
    }

    static OutageChange link(long documentId, long fromId, int from, long toId, int to, String type, boolean add) {
        return new OutageChange(0, add ? Kind.LINK : Kind.UNLINK, documentId, fromId, from,
                to + "|" + toId + "|" + (type == null ? "" : type));
    }

    /** The undo ({@code forward} false) or redo of the kept tag or link {@code target} (value: "KIND:its value"). */
    static OutageChange history(OutageChange target, boolean forward) {
        return new OutageChange(0, forward ? Kind.REDO : Kind.UNDO, target.documentId, target.sentenceId,
                target.index, target.kind.name() + ":" + (target.value == null ? "" : target.value), target.annotator);
    }

    /** Of an undo or redo: the kept change it takes back or makes again. */
    OutageChange undone() {
        int colon = value.indexOf(':');
        return new OutageChange(0, Kind.valueOf(value.substring(0, colon)), documentId, sentenceId, index,
                value.substring(colon + 1), annotator);
    }

    private static String text(Long id) {
        return id == null ? "" : id.toString();
    }

    /** A link's target: its position, id and type (null: the default type). */
    record Target(int index, long id, String type) {
    }

    Target target() {
        String[] f = value.split("\\|", 3);
        return new Target(Integer.parseInt(f[0]), Long.parseLong(f[1]), f[2].isEmpty() ? null : f[2]);
    }

    OutageChange numbered(long n) {
        return new OutageChange(n, kind, documentId, sentenceId, index, value, annotator);
    }

    /** The same change, made as {@code name} (null: whoever the session acts as). */
    OutageChange by(String name) {
        return new OutageChange(seq, kind, documentId, sentenceId, index, value, name);
    }

    /** A tag's label. */
    Long labelId() {
        if (value == null) {
            return null;
        }
        String label = value.split("\\|", -1)[0];
        return label.isEmpty() ? null : Long.valueOf(label);
    }

    /** Whether a tag or speaker knows the label or name it replaced (every one the window keeps does). */
    boolean knowsPrevious() {
        return value != null && (kind == Kind.SPEAKER ? value.startsWith("\0") : value.contains("|"));
    }

    /** The label a tag replaced (null: none); see {@link #knowsPrevious()}. */
    Long previousLabelId() {
        String before = value.split("\\|", -1)[1];
        return before.isEmpty() ? null : Long.valueOf(before);
    }

    /** The change as a person names it: "the tag of sentence 3 of document 1". */
    public String shown() {
        String where = " of document " + documentId;
        return switch (kind) {
            case TAG -> "the tag of sentence " + (index + 1) + where;
            case NOTE -> "the note of sentence " + (index + 1) + where;
            case SPEAKER -> "the speaker of sentence " + (index + 1) + where;
            case UNSURE -> "the unsure mark of sentence " + (index + 1) + where;
            case UNDO, REDO -> (kind == Kind.UNDO ? "the undo of " : "the redo of ") + undone().shown();
            case LINK, UNLINK -> (kind == Kind.LINK ? "the link" : "the removal of the link") + " from sentence "
                    + (index + 1) + " to sentence " + (target().index() + 1) + where;
        };
    }
}
