package dev.sentag.ui;

import dev.sentag.model.Sentence;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A sentence as the window shows it: its label and note change as the user tags. */
public final class SentenceRow {
    private final Sentence sentence;
    private final ObjectProperty<Long> labelId = new SimpleObjectProperty<>(this, "labelId");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final javafx.beans.property.BooleanProperty unsure =
            new javafx.beans.property.SimpleBooleanProperty(this, "unsure");

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
        this.sentence = sentence;
        this.labelId.set(labelId);
        this.note.set(note == null ? "" : note);
    }

    public Sentence sentence() {
        return sentence;
    }

    public ObjectProperty<Long> labelIdProperty() {
        return labelId;
    }

    public Long labelId() {
        return labelId.get();
    }

    /** The annotator marked their tag here as one they are not sure of (U). */
    public javafx.beans.property.BooleanProperty unsureProperty() {
        return unsure;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
