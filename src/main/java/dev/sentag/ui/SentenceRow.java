package dev.sentag.ui;

import dev.sentag.model.Sentence;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A sentence as the window shows it: its label and note change as the user tags. Its properties are made when first
 * asked for: a long article opens ten thousand rows at once, and the values alone are read for nearly all of them.
 */
public final class SentenceRow {
    private final Sentence sentence;
    private final Long initialLabel;
    private final String initialNote;
    private final boolean initiallyUnsure;
    private ObjectProperty<Long> labelId;
    private StringProperty note;
    private javafx.beans.property.BooleanProperty unsure;

    private java.util.List<dev.sentag.model.AnnotatorTag> others = java.util.List.of();

    /** The other annotators' tags on this sentence (shown side by side in the sidebar). */
    public java.util.List<dev.sentag.model.AnnotatorTag> others() {
        return others;
    }

    void setOthers(java.util.List<dev.sentag.model.AnnotatorTag> others) {
        this.others = java.util.List.copyOf(others);
    }

    /** True if the labels given to this sentence (the user's and the others') are not all the same. */
    public boolean disputed() {
        java.util.Set<Long> labels = new java.util.HashSet<>();
        if (labelId() != null) {
            labels.add(labelId());
        }
        others.stream().map(dev.sentag.model.AnnotatorTag::labelId).filter(java.util.Objects::nonNull)
                .forEach(labels::add);
        return labels.size() > 1;
    }

    SentenceRow(Sentence sentence, Long labelId, String note) {
        this(sentence, labelId, note, false);
    }

    SentenceRow(Sentence sentence, Long labelId, String note, boolean unsure) {
        this.sentence = sentence;
        this.initialLabel = labelId;
        this.initialNote = note == null ? "" : note;
        this.initiallyUnsure = unsure;
    }

    public Sentence sentence() {
        return sentence;
    }

    public ObjectProperty<Long> labelIdProperty() {
        if (labelId == null) {
            labelId = new SimpleObjectProperty<>(this, "labelId", initialLabel);
        }
        return labelId;
    }

    public Long labelId() {
        return labelId == null ? initialLabel : labelId.get();
    }

    /** The annotator marked their tag here as one they are not sure of (U). */
    public javafx.beans.property.BooleanProperty unsureProperty() {
        if (unsure == null) {
            unsure = new javafx.beans.property.SimpleBooleanProperty(this, "unsure", initiallyUnsure);
        }
        return unsure;
    }

    /** The value of {@link #unsureProperty()}. */
    public boolean unsure() {
        return unsure == null ? initiallyUnsure : unsure.get();
    }

    public StringProperty noteProperty() {
        if (note == null) {
            note = new SimpleStringProperty(this, "note", initialNote);
        }
        return note;
    }

    /** The value of {@link #noteProperty()}: the note, "" with none. */
    public String note() {
        return note == null ? initialNote : note.get();
    }
}
