package dev.sentag.model;

import java.util.Objects;

/**
 * One filter of a find, by kind and (for the kinds that take one) a value: {@code label=Claim}, {@code untagged},
 * {@code doc=3,7}. The store turns each kind into a condition; a kind it does not know is refused with a message.
 */
public record FindCriterion(String kind, String value) {
    public static final String LABEL = "label";
    public static final String UNTAGGED = "untagged";
    public static final String DISPUTED = "disputed";
    public static final String HAS_NOTE = "has-note";
    public static final String EXCLUDED = "excluded";
    public static final String DOCUMENTS = "doc";
    /** The document's tagging state for the annotator: value untagged, started or complete. */
    public static final String STATE = "state";
    public static final String UNSURE = "unsure";
    /** The annotator's speaker of the sentence, trimmed and case-insensitive: value the name. */
    public static final String SPEAKER = "speaker";
    /** A link of the annotator's starts or ends at the sentence. */
    public static final String LINKED = "linked";
    public static final String NOT_LINKED = "not-linked";

    public FindCriterion {
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
    }

    /** A filter without a value (untagged, disputed, has-note, excluded, unsure, linked, not-linked). */
    public static FindCriterion flag(String kind) {
        return new FindCriterion(kind, "");
    }
}
