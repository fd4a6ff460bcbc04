package dev.sentag.ui;

import dev.sentag.annotate.OpenDocument;
import dev.sentag.model.AnnotatorTag;
import dev.sentag.model.Document;
import dev.sentag.model.Sentence;
import dev.sentag.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open document as the window shows it: its rows, the cursor and how many sentences are tagged. Views read
 * its properties; only this model writes them (the tagging view-model tells it what happened).
 */
public final class DocumentState {
    /** For {@link #show}: the first sentence of article text, skipping web residue such as a site banner. */
    public static final int ARTICLE_START = -1;

    private final ObservableList<SentenceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SentenceRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyIntegerWrapper tagged = new ReadOnlyIntegerWrapper(this, "tagged");
    private final LabelTally tally = new LabelTally();
    private final List<Runnable> shownListeners = new ArrayList<>();
    private final List<Consumer<SentenceRow>> labelListeners = new ArrayList<>();

    /**
     * Called once a document's rows are in place (or the document was closed), before the cursor is put on it:
     * the moment to render the whole article, once, even when the same document is opened again.
     */
    void onShown(Runnable listener) {
        shownListeners.add(listener);
    }

    /**
     * Called when a sentence's label changed (tag, failed write put back, undo or redo) or another mark of it: one
     * listener for the document, not one per row of a ten-thousand-sentence article.
     */
    void onLabelChanged(Consumer<SentenceRow> listener) {
        labelListeners.add(listener);
    }

    /** Shows a loaded document with the cursor on {@code index} (clamped), or its first article sentence. */
    void show(OpenDocument d, int index) {
        List<SentenceRow> fresh = new ArrayList<>(d.sentences().size());
        // Counted as the rows are made (one pass over ten thousand of them, not two), before they are published:
        // listeners of rows (the status bar's "n of m", the unsure count) read the tally.
        tally.clear();
        var othersBySentence = d.others().stream().collect(Collectors.groupingBy(AnnotatorTag::sentenceId));
        for (Sentence s : d.sentences()) {
            Tag t = d.tags().get(s.id());
            SentenceRow row = t == null ? new SentenceRow(s, null, null)
                    : new SentenceRow(s, t.labelId(), t.note(), t.unsure());
            row.setOthers(othersBySentence.getOrDefault(s.id(), List.of()));
            fresh.add(row);
            tally.add(row);
        }
        current.set(-1);
        tagged.set(tally.taggedIncluded());
        rows.setAll(fresh);
        document.set(d.document());
        shownListeners.forEach(Runnable::run);
        current.set(fresh.isEmpty() ? -1 : Math.max(0, Math.min(index, fresh.size() - 1)));
        if (index == ARTICLE_START && currentRow().map(r -> r.sentence().excluded()).orElse(false)) {
            // Opening on a site banner would put the first keypress on residue: start at article text.
            step(1);
        }
    }

    /** Closes the open document (e.g. when the library is empty). */
    void clear() {
        current.set(-1);
        rows.clear();
        document.set(null);
        recount(rows);
        shownListeners.forEach(Runnable::run);
    }

    /** Moves to the next included sentence in {@code direction} (+1 or -1): excluded web residue is skipped. */
    void step(int direction) {
        for (int i = current.get() + direction; i >= 0 && i < rows.size(); i += direction) {
            if (!rows.get(i).sentence().excluded()) {
                current.set(i);
                return;
            }
        }
    }

    void moveTo(int index) {
        if (index >= 0 && index < rows.size()) {
            current.set(index);
        }
    }

    /** Moves to the next sentence after the cursor, wrapping round, that {@code wanted} accepts; false if none. */
    boolean nextWhere(Predicate<SentenceRow> wanted) {
        int n = rows.size();
        for (int step = 1; step <= n; step++) {
            int i = (current.get() + step) % n;
            if (wanted.test(rows.get(i))) {
                current.set(i);
                return true;
            }
        }
        return false;
    }

    Optional<SentenceRow> currentRow() {
        int i = current.get();
        return i >= 0 && i < rows.size() ? Optional.of(rows.get(i)) : Optional.empty();
    }

    /** The open document's id, if one is open. */
    Optional<Long> openId() {
        Document d = document.get();
        return d == null ? Optional.empty() : Optional.of(d.id());
    }

    /** Shows {@code labelId} on {@code row} (null: untagged) and recounts. */
    void setLabel(SentenceRow row, Long labelId) {
        row.labelIdProperty().set(labelId);
        rowChanged(row);
    }

    /** Recounts and tells the listeners a row changed (its label, or another mark such as its unsure flag). */
    void rowChanged(SentenceRow row) {
        recount(rows);
        labelListeners.forEach(listener -> listener.accept(row));
    }

    private void recount(List<SentenceRow> of) {
        tally.count(of);
        tagged.set(tally.taggedIncluded());
    }

    /** How many sentences of the open document are included (not web residue). */
    public int included() {
        return tally.included();
    }

    /** How many included sentences of the open document are marked unsure. */
    public int unsure() {
        return tally.unsureIncluded();
    }

    /** How many sentences of the open document carry this label. */
    public int count(long labelId) {
        return tally.withLabel(labelId);
    }

    /** The open document's sentences in order; read-only (the model replaces them as a whole). */
    public ObservableList<SentenceRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The cursor: the index of the current sentence, -1 with none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** How many included sentences of the open document are tagged. */
    public ReadOnlyIntegerProperty taggedProperty() {
        return tagged.getReadOnlyProperty();
    }
}
