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

    public StringProperty noteProperty() {
        return note;
    }
}
