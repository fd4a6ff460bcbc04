package dev.sentag.ui;

import dev.sentag.annotate.AnnotationService;
import dev.sentag.annotate.Change;
import dev.sentag.annotate.LabelConflictException;
import dev.sentag.model.Document;
import dev.sentag.model.Label;
import dev.sentag.model.LabelSet;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * Tagging the open document: moves the cursor, tags and notes, undo and redo. What is open and where the cursor
 * is lives in {@link DocumentState}; how writes reach the database in {@link SaveQueue} (a tag shows at once,
 * the status says Saved only when the commit returned, a failed write is put back and can be retried); merge,
 * split and exclude in {@link SentenceRepairs}.
 */
public final class TaggingViewModel {
    /** For {@link #open}: the first sentence of article text, skipping web residue such as a site banner. */
    public static final int ARTICLE_START = DocumentState.ARTICLE_START;

    private final AnnotationService service;
    private final Background background;
    private final DocumentState state = new DocumentState();
    private final SaveQueue saves;
    private final SentenceRepairs repairs;
    private final ObjectProperty<LabelSet> labels = new SimpleObjectProperty<>(this, "labels");
    private final BooleanProperty autoAdvance = new SimpleBooleanProperty(this, "autoAdvance", true);
    private Consumer<Change> elsewhere = change -> { };
    private Runnable sentencesChanged = () -> { };
    private Runnable codebookChanged = () -> { };
    private Runnable advance = this::next;
    private Consumer<dev.sentag.annotate.OutageQueue.Step> keptStep = step -> { };

    public TaggingViewModel(AnnotationService service, Background background, LabelSet labels) {
        this(service, dev.sentag.annotate.OutageQueue.none(service, null), background, labels);
    }

    /** A view-model whose tags and notes wait in {@code outages} while a team library's server is away. */
    public TaggingViewModel(AnnotationService service, dev.sentag.annotate.OutageQueue outages, Background background,
                            LabelSet labels) {
        this.service = service;
        this.background = background;
        this.saves = new SaveQueue(outages, background, state);
        // After a replay the screen may differ from the library (a change refused, a crashed session's written): read it.
        saves.outage().onReread(() -> state.openId().ifPresent(
                id -> open(id, Math.max(0, state.currentProperty().get()), () -> { })));
        this.repairs = new SentenceRepairs(service, state, saves, this::reflect);
        this.labels.set(labels);
    }

    /** Called when undo or redo changed a sentence of another document than the open one. */
    public void onChangeElsewhere(Consumer<Change> handler) {
        this.elsewhere = handler;
    }

    /** Receives messages worth a line in the status bar (e.g. what a merge could not carry over). */
    public void onNotice(Consumer<String> handler) {
        repairs.onNotice(handler);
    }

    /** Called when undo or redo took back or re-applied a codebook change (labels, keys, maybe every tag). */
    public void onCodebookChanged(Runnable handler) {
        this.codebookChanged = handler;
    }

    /** Shows a change of a row other than its label (e.g. its unsure mark): the article re-styles it. */
    void rowChanged(SentenceRow row) {
        state.rowChanged(row);
    }

    /** Called after a merge, split, or the undo or redo of one, changed the open document's sentences. */
    public void onSentencesChanged(Runnable handler) {
        this.sentencesChanged = handler;
    }

    /** See {@link DocumentState#onShown}: the moment to render the whole article. */
    public void onShown(Runnable listener) {
        state.onShown(listener);
    }

    /** See {@link DocumentState#onLabelChanged}: one listener for the document, not one per row. */
    public void onLabelChanged(Consumer<SentenceRow> listener) {
        state.onLabelChanged(listener);
    }

    /**
     * Loads a document and puts the cursor on {@code index} (clamped) or, for {@link #ARTICLE_START}, on its first
     * included sentence; {@code then} runs once shown.
     */
    public void open(long documentId, int index, Runnable then) {
        background.run(() -> service.open(documentId), loaded -> {
            loaded.ifPresentOrElse(d -> state.show(d, index), state::clear);
            then.run();
        }, e -> saves.status().failed("Could not open the document: " + Background.message(e)));
    }

    /** Closes the open document (e.g. when the library is empty). */
    public void clear() {
        state.clear();
    }

    /** Moves to the next included sentence: excluded web residue is skipped. */
    public void next() {
        state.step(1);
    }

    public void previous() {
        state.step(-1);
    }

    public void moveTo(int index) {
        state.moveTo(index);
    }

    /** Moves to the next untagged included sentence after the cursor, wrapping round; false if there is none. */
    public boolean nextUntagged() {
        return nextWhere(r -> r.labelId() == null && !r.sentence().excluded());
    }

    /** Moves to the next sentence after the cursor, wrapping round, that {@code wanted} accepts; false if none. */
    public boolean nextWhere(java.util.function.Predicate<SentenceRow> wanted) {
        return state.nextWhere(wanted);
    }

    public Optional<SentenceRow> currentRow() {
        return state.currentRow();
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
                saves.tag(row, wanted);
            }
        });
        return currentRow().isPresent();
    }

    /** Where auto-advance moves after a tag: the next sentence unless adjudication wants the next dispute. */
    void advanceWith(Runnable step) {
        this.advance = step;
    }

    public void saveNote(String note) {
        currentRow().ifPresent(row -> saves.note(row, note));
    }

    /** Runs a change of many sentences on the database thread, then reloads the open article and hands on the result. */
    <T> void changeMany(java.util.function.Function<AnnotationService, T> work, Consumer<T> done) {
        saves.change(() -> work.apply(service), result -> state.openId().ifPresent(
                id -> open(id, Math.max(0, state.currentProperty().get()), () -> done.accept(result))),
                "Not saved", e -> false);
    }

    public void undo() {
        saves.history(false, this::reflect, step -> keptStep.accept(step));
    }

    public void redo() {
        saves.history(true, this::reflect, step -> keptStep.accept(step));
    }

    /** Called when undo or redo, while a team library's server is away, was kept (e.g. it took back a link kept then). */
    void onKeptStep(Consumer<dev.sentag.annotate.OutageQueue.Step> handler) {
        this.keptStep = handler;
    }

    /** Merges the current sentence with the next; see {@link SentenceRepairs#mergeWithNext(Optional, Consumer)}. */
    public void mergeWithNext(Optional<String> label, Consumer<LabelConflictException> askLabel) {
        repairs.mergeWithNext(label, askLabel);
    }

    /** Splits the current sentence {@code offset} characters from its start; both parts keep its tag. */
    public void splitCurrent(int offset) {
        repairs.splitCurrent(offset);
    }

    /** Turns the current sentence from article text into excluded web residue or back; undoable. */
    public void toggleExcludedCurrent() {
        repairs.toggleExcludedCurrent();
    }

    /** Shows what undo, redo or a repair changed: here, in another document, or in the codebook. */
    private void reflect(Change change) {
        if (change.isCodebook()) {
            codebookChanged.run();
            return;
        }
        Document d = state.documentProperty().get();
        boolean here = d != null && d.id() == change.documentId();
        var rows = state.rows();
        if (here && change.sentencesChanged()) {
            open(d.id(), change.index() >= 0 ? change.index() : Math.max(0, state.currentProperty().get()),
                    sentencesChanged);
        } else if (here && change.index() >= 0 && change.index() < rows.size()) {
            state.setLabel(rows.get(change.index()), change.labelId());
            state.moveTo(change.index());
        } else {
            elsewhere.accept(change);
        }
    }

    /** How many sentences of the open document are included (not web residue). */
    public int included() {
        return state.included();
    }

    /** How many sentences of the open document carry this label. */
    public int count(long labelId) {
        return state.count(labelId);
    }

    /** The open document, its rows and the cursor (read-only properties). */
    public DocumentState state() {
        return state;
    }

    /** The queue of writes: their status, latency and the retry of failed ones. */
    public SaveQueue saves() {
        return saves;
    }

    SentenceRepairs repairs() {
        return repairs;
    }

    public ObservableList<SentenceRow> rows() {
        return state.rows();
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return state.documentProperty();
    }

    public ObjectProperty<LabelSet> labelsProperty() {
        return labels;
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return state.currentProperty();
    }

    public ReadOnlyIntegerProperty taggedProperty() {
        return state.taggedProperty();
    }

    public BooleanProperty autoAdvanceProperty() {
        return autoAdvance;
    }

    public SaveStatus status() {
        return saves.status();
    }

    public LatencyStats latency() {
        return saves.latency();
    }
}
