package dev.sentag.ui;

import dev.sentag.model.DocumentSummary;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** A library entry: title and tagging progress, updated live as the user tags. */
public final class DocumentRow {
    private final long id;
    private final String title;
    private final int sentences;
    private final IntegerProperty tagged = new SimpleIntegerProperty(this, "tagged");
    private final boolean assigned;

    DocumentRow(DocumentSummary summary) {
        this(summary, false);
    }

    /** A row that knows whether the document is assigned to the current annotator ("Assigned to me"). */
    DocumentRow(DocumentSummary summary, boolean assigned) {
        this.assigned = assigned;
        this.id = summary.id();
        this.title = summary.title();
        this.sentences = summary.sentences();
        this.tagged.set(summary.tagged());
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int sentences() {
        return sentences;
    }

    /** Whether the document is in the current annotator's queue (sentag assign). */
    public boolean assigned() {
        return assigned;
    }

    public IntegerProperty taggedProperty() {
        return tagged;
    }

    @Override
    public String toString() {
        return title + " (" + tagged.get() + "/" + sentences + ")";
    }
}
