package dev.sentag.ui;

import dev.sentag.annotate.AnnotationService;
import dev.sentag.annotate.OpenDocument;
import dev.sentag.annotate.Change;
import dev.sentag.annotate.LabelConflictException;
import dev.sentag.model.Document;
import dev.sentag.model.Label;
import dev.sentag.model.LabelSet;
import dev.sentag.model.Sentence;
import dev.sentag.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open document and the cursor in it. A tag shows at once; its write is queued on the database
 * thread and the status says Saved only when the commit returned. A failed write puts the old label
 * back and says why.
 */
public final class TaggingViewModel {
    private final AnnotationService service;
    private final Background background;
    private final SaveStatus status = new SaveStatus();
    private final LatencyStats latency = new LatencyStats();
    private final ObservableList<SentenceRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>(this, "document");
    private final ObjectProperty<LabelSet> labels = new SimpleObjectProperty<>(this, "labels");
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
    private final IntegerProperty tagged = new SimpleIntegerProperty(this, "tagged");
    private final BooleanProperty autoAdvance = new SimpleBooleanProperty(this, "autoAdvance", true);
    private Consumer<Change> elsewhere = change -> { };
    private Runnable sentencesChanged = () -> { };
    private Runnable codebookChanged = () -> { };
    private Consumer<String> notices = message -> { };
    private Runnable advance = this::next;
    private final List<Runnable> shownListeners = new ArrayList<>();
    private final List<Consumer<SentenceRow>> labelListeners = new ArrayList<>();
    private final LabelTally tally = new LabelTally();

    public TaggingViewModel(AnnotationService service, Background background, LabelSet labels) {
        this.service = service;
        this.background = background;
        this.labels.set(labels);
    }

    /** Called when undo or redo changed a sentence of another document than the open one. */
    public void onChangeElsewhere(Consumer<Change> handler) {
        this.elsewhere = handler;
    }

    /** Receives messages worth a line in the status bar (e.g. what a merge could not carry over). */
    public void onNotice(Consumer<String> handler) {
        this.notices = handler;
    }

    /** Called when undo or redo took back or re-applied a codebook change (labels, keys, maybe every tag). */
    public void onCodebookChanged(Runnable handler) {
        this.codebookChanged = handler;
    }

    /** Shows a change of a row other than its label (e.g. its unsure mark): the article re-styles it. */
    void rowChanged(SentenceRow row) {
        labelListeners.forEach(listener -> listener.accept(row));
    }

    /** Called after a merge, split, or the undo or redo of one, changed the open document's sentences. */
    public void onSentencesChanged(Runnable handler) {
        this.sentencesChanged = handler;
    }

    /**
     * Called once a document's rows are in place (or the document was closed), before the cursor is put on it:
     * the moment to render the whole article, once, even when the same document is opened again.
     */
    public void onShown(Runnable listener) {
        shownListeners.add(listener);
    }

    /**
     * Called when a sentence's label changed (tag, failed write put back, undo or redo): one listener for the
     * document, not one per row of a ten-thousand-sentence article.
     */
    public void onLabelChanged(Consumer<SentenceRow> listener) {
        labelListeners.add(listener);
    }

    /** For {@link #open}: the first sentence of article text, skipping web residue such as a site banner. */
    public static final int ARTICLE_START = -1;

    /**
     * Loads a document and puts the cursor on {@code index} (clamped) or, for {@link #ARTICLE_START}, on its first
     * included sentence; {@code then} runs once shown.
     */
    public void open(long documentId, int index, Runnable then) {
        background.run(() -> service.open(documentId), loaded -> {
            loaded.ifPresentOrElse(d -> show(d, index), this::clear);
            then.run();
        }, e -> status.failed("Could not open the document: " + Background.message(e)));
    }

    private void show(OpenDocument d, int index) {
        List<SentenceRow> fresh = new ArrayList<>(d.sentences().size());
        var othersBySentence = d.others().stream()
                .collect(java.util.stream.Collectors.groupingBy(dev.sentag.model.AnnotatorTag::sentenceId));
        for (Sentence s : d.sentences()) {
            Tag t = d.tags().get(s.id());
            SentenceRow row = new SentenceRow(s, t == null ? null : t.labelId(), t == null ? null : t.note());
            row.unsureProperty().set(t != null && t.unsure());
            row.setOthers(othersBySentence.getOrDefault(s.id(), List.of()));
            fresh.add(row);
        }
        current.set(-1);
        // Counted before the rows are published: listeners of rows (the status bar's "n of m") read the tally.
        recount(fresh);
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
    public void clear() {
        current.set(-1);
        rows.clear();
        document.set(null);
        recount();
        shownListeners.forEach(Runnable::run);
    }

    /** Moves to the next included sentence: excluded web residue is skipped. */
    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        for (int i = current.get() + direction; i >= 0 && i < rows.size(); i += direction) {
            if (!rows.get(i).sentence().excluded()) {
                current.set(i);
                return;
            }
        }
    }

    public void moveTo(int index) {
        if (index >= 0 && index < rows.size()) {
            current.set(index);
        }
    }

    /** Moves to the next untagged included sentence after the cursor, wrapping round; false if there is none. */
    public boolean nextUntagged() {
        return nextWhere(r -> r.labelId() == null && !r.sentence().excluded());
    }

    /** Moves to the next sentence after the cursor, wrapping round, that {@code wanted} accepts; false if none. */
    public boolean nextWhere(java.util.function.Predicate<SentenceRow> wanted) {
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

    public Optional<SentenceRow> currentRow() {
        int i = current.get();
        return i >= 0 && i < rows.size() ? Optional.of(rows.get(i)) : Optional.empty();
    }

    /** Tags the current sentence (null clears) and, for a label with auto-advance on, moves on. */
    public void tagCurrent(Label label) {
        if (setCurrentLabel(label) && label != null && autoAdvance.get()) {
            advance.run();
        }
    }

    /** Tags the current sentence (null clears) without moving; false if there is no current sentence. */
    boolean setCurrentLabel(Label label) {
        currentRow().ifPresent(row -> {
            Long wanted = label == null ? null : label.id();
            if (!Objects.equals(row.labelId(), wanted)) {
                write(row, wanted);
            }
        });
        return currentRow().isPresent();
    }

    /** Where auto-advance moves after a tag: the next sentence unless adjudication wants the next dispute. */
    void advanceWith(Runnable step) {
        this.advance = step;
    }

    private void write(SentenceRow row, Long wanted) {
        Long before = row.labelId();
        long started = System.nanoTime();
        setLabel(row, wanted);
        status.started();
        background.run(() -> service.tag(row.sentence().id(), wanted), outcome -> {
            latency.record(System.nanoTime() - started);
            status.succeeded();
        }, e -> {
            if (Objects.equals(row.labelId(), wanted)) {
                setLabel(row, before);
            }
            status.failed("Not saved — sentence " + (row.sentence().index() + 1) + " was put back: "
                    + Background.message(e));
        });
    }

    public void saveNote(String note) {
        currentRow().ifPresent(row -> NoteWrite.save(row, note, service, background, status));
    }

    /** Runs a change of many sentences on the database thread, then reloads the open article and hands on the result. */
    <T> void changeMany(java.util.function.Function<AnnotationService, T> work, Consumer<T> done) {
        status.started();
        background.run(() -> work.apply(service), result -> {
            status.succeeded();
            Document d = document.get();
            if (d != null) {
                open(d.id(), Math.max(0, current.get()), () -> done.accept(result));
            }
        }, e -> status.failed("Not saved: " + Background.message(e)));
    }

    public void undo() {
        history(service::undo);
    }

    public void redo() {
        history(service::redo);
    }

    private void history(java.util.function.Supplier<Optional<Change>> step) {
        status.started();
        background.run(step, change -> {
            status.succeeded();
            change.ifPresent(this::reflect);
        }, e -> status.failed("Undo/redo failed: " + Background.message(e)));
    }

    /**
     * Merges the current sentence with the next. When the user's tags on the two differ and no
     * {@code label} (a label name or "none") was given, {@code askLabel} is called with the conflict and
     * nothing changes until the user answers by calling this again with a label.
     */
    public void mergeWithNext(Optional<String> label, Consumer<LabelConflictException> askLabel) {
        Document d = document.get();
        int i = current.get();
        if (d == null || i < 0 || i + 1 >= rows.size()) {
            return;
        }
        repair(() -> service.merge(d.id(), i, label), e -> {
            if (e instanceof LabelConflictException conflict) {
                askLabel.accept(conflict);
                return true;
            }
            return false;
        });
    }

    /** Splits the current sentence {@code offset} characters from its start; both parts keep its tag. */
    public void splitCurrent(int offset) {
        Document d = document.get();
        int i = current.get();
        if (d != null && i >= 0) {
            repair(() -> service.split(d.id(), i, offset), e -> false);
        }
    }

    private void repair(java.util.function.Supplier<Change> work, java.util.function.Predicate<Throwable> handled) {
        status.started();
        background.run(work, change -> {
            status.succeeded();
            if (change.tagsNotCarried() > 0) {
                notices.accept(change.tagsNotCarried() + " other annotator(s) had tagged the parts differently;"
                        + " their merged sentence is untagged (Ctrl+Z brings the parts back)");
            }
            reflect(change);
        }, e -> {
            if (handled.test(e)) {
                status.succeeded();
            } else {
                status.failed("Sentences not changed: " + Background.message(e));
            }
        });
    }

    private void reflect(Change change) {
        if (change.isCodebook()) {
            codebookChanged.run();
            return;
        }
        Document d = document.get();
        boolean here = d != null && d.id() == change.documentId();
        if (here && change.sentencesChanged()) {
            open(d.id(), change.index() >= 0 ? change.index() : Math.max(0, current.get()), sentencesChanged);
        } else if (here && change.index() >= 0 && change.index() < rows.size()) {
            setLabel(rows.get(change.index()), change.labelId());
            current.set(change.index());
        } else {
            elsewhere.accept(change);
        }
    }

    private void setLabel(SentenceRow row, Long labelId) {
        row.labelIdProperty().set(labelId);
        recount();
        labelListeners.forEach(listener -> listener.accept(row));
    }

    private void recount() {
        recount(rows);
    }

    private void recount(List<SentenceRow> of) {
        tally.count(of);
        tagged.set(tally.taggedIncluded());
    }

    /** How many sentences of the open document are included (not web residue). */
    public int included() {
        return tally.included();
    }

    /** Turns the current sentence from article text into excluded web residue or back; undoable. */
    public void toggleExcludedCurrent() {
        currentRow().ifPresent(row -> repair(
                () -> service.setExcluded(row.sentence().id(), !row.sentence().excluded()), e -> false));
    }

    /** How many sentences of the open document carry this label. */
    public int count(long labelId) {
        return tally.withLabel(labelId);
    }

    public ObservableList<SentenceRow> rows() {
        return rows;
    }

    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    public ObjectProperty<LabelSet> labelsProperty() {
        return labels;
    }

    public IntegerProperty currentProperty() {
        return current;
    }

    public IntegerProperty taggedProperty() {
        return tagged;
    }

    public BooleanProperty autoAdvanceProperty() {
        return autoAdvance;
    }

    public SaveStatus status() {
        return status;
    }

    public LatencyStats latency() {
        return latency;
    }
}
