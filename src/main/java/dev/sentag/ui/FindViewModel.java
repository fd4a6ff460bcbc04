package dev.sentag.ui;

import dev.sentag.annotate.FindService;
import dev.sentag.model.FindCriterion;
import dev.sentag.model.FindQuery;
import dev.sentag.model.FoundSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The find panel's state: the query and filters, the results, and where F3 / Shift+F3 stand in them. Searches run
 * on the database thread through {@link Background}; only the newest search's answer is shown, so typing fast never
 * shows stale results.
 */
public final class FindViewModel {
    /** Results shown at most: enough to browse, and the panel stays quick on a common word. */
    static final int LIMIT = 500;
    /** Document tagging states the panel offers, as FindCriterion.STATE values (null: any). */
    static final List<String> STATES = List.of("untagged", "started", "complete");

    private final FindService service;
    private final Background background;
    final StringProperty query = new SimpleStringProperty(this, "query", "");
    final ObjectProperty<String> label = new SimpleObjectProperty<>(this, "label");
    final ObjectProperty<String> annotator = new SimpleObjectProperty<>(this, "annotator");
    final ObjectProperty<String> state = new SimpleObjectProperty<>(this, "state");
    final BooleanProperty untagged = new SimpleBooleanProperty(this, "untagged");
    final BooleanProperty disputed = new SimpleBooleanProperty(this, "disputed");
    final BooleanProperty hasNote = new SimpleBooleanProperty(this, "hasNote");
    final BooleanProperty excluded = new SimpleBooleanProperty(this, "excluded");
    final BooleanProperty unsure = new SimpleBooleanProperty(this, "unsure");
    final BooleanProperty linked = new SimpleBooleanProperty(this, "linked");
    final BooleanProperty notLinked = new SimpleBooleanProperty(this, "notLinked");
    /** The speaker to find (blank: any). */
    final StringProperty speaker = new SimpleStringProperty(this, "speaker", "");
    /** The open article's id when the search is limited to it, else null. */
    final ObjectProperty<Long> onlyDocument = new SimpleObjectProperty<>(this, "onlyDocument");
    private final ObservableList<FoundSentence> results = FXCollections.observableArrayList();
    private final ObservableList<String> annotators = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final IntegerProperty position = new SimpleIntegerProperty(this, "position", -1);
    private final BooleanProperty searching = new SimpleBooleanProperty(this, "searching");
    private long generation;

    public FindViewModel(FindService service, Background background) {
        this.service = service;
        this.background = background;
    }

    /** Reads the annotators' names for the filter (the panel opens). */
    public void loadAnnotators() {
        background.run(service::annotatorNames, annotators::setAll,
                e -> message.set("Could not read the annotators: " + Background.message(e)));
    }

    /** Runs the search now (the panel calls it once the typing pauses, and on every filter change). */
    public void search() {
        FindQuery q;
        try {
            q = new FindQuery(query.get(), criteria(), annotator.get(), LIMIT);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        if (!q.hasText() && q.criteria().isEmpty()) {
            generation++;
            results.clear();
            position.set(-1);
            message.set("Type words to find, or choose a filter.");
            return;
        }
        long mine = ++generation;
        searching.set(true);
        // Read together, on the database thread: what was found, and how many articles the index did not hold yet.
        background.run(() -> new Found(service.find(q), q.hasText() ? service.notYetIndexed() : 0), answer -> {
            if (mine != generation) {
                return; // a newer search is on its way
            }
            List<FoundSentence> found = answer.sentences();
            searching.set(false);
            results.setAll(found);
            position.set(-1);
            message.set((found.isEmpty() ? "Nothing found."
                    : found.size() >= LIMIT ? "The first " + LIMIT + " sentences found; narrow the search to see the rest."
                    : found.size() + (found.size() == 1 ? " sentence" : " sentences"))
                    + (answer.notIndexed() == 0 ? "" : " (the find index is still being built: " + answer.notIndexed()
                    + (answer.notIndexed() == 1 ? " imported article is" : " imported articles are")
                    + " not searched yet)"));
        }, e -> {
            if (mine == generation) {
                searching.set(false);
                results.clear();
                message.set(Background.message(e));
            }
        });
    }

    private record Found(List<FoundSentence> sentences, int notIndexed) {
    }

    List<FindCriterion> criteria() {
        List<FindCriterion> out = new ArrayList<>();
        if (label.get() != null) {
            out.add(new FindCriterion(FindCriterion.LABEL, label.get()));
        }
        flag(out, untagged, FindCriterion.UNTAGGED);
        flag(out, disputed, FindCriterion.DISPUTED);
        flag(out, hasNote, FindCriterion.HAS_NOTE);
        flag(out, excluded, FindCriterion.EXCLUDED);
        flag(out, unsure, FindCriterion.UNSURE);
        flag(out, linked, FindCriterion.LINKED);
        flag(out, notLinked, FindCriterion.NOT_LINKED);
        if (speaker.get() != null && !speaker.get().isBlank()) {
            out.add(new FindCriterion(FindCriterion.SPEAKER, speaker.get()));
        }
        if (state.get() != null) {
            out.add(new FindCriterion(FindCriterion.STATE, state.get()));
        }
        if (onlyDocument.get() != null) {
            out.add(new FindCriterion(FindCriterion.DOCUMENTS, String.valueOf(onlyDocument.get())));
        }
        return out;
    }

    private static void flag(List<FindCriterion> out, BooleanProperty on, String kind) {
        if (on.get()) {
            out.add(FindCriterion.flag(kind));
        }
    }

    /** Makes result {@code index} the current one (a click or Enter) and returns it. */
    public Optional<FoundSentence> select(int index) {
        if (index < 0 || index >= results.size()) {
            return Optional.empty();
        }
        position.set(index);
        return Optional.of(results.get(index));
    }

    /** F3: the result after the current one (the first if none), wrapping round. */
    public Optional<FoundSentence> next() {
        return results.isEmpty() ? Optional.empty() : select((position.get() + 1) % results.size());
    }

    /** Shift+F3: the result before the current one (the last if none), wrapping round. */
    public Optional<FoundSentence> previous() {
        if (results.isEmpty()) {
            return Optional.empty();
        }
        int p = position.get();
        return select(p <= 0 ? results.size() - 1 : p - 1);
    }

    public ObservableList<FoundSentence> results() {
        return results;
    }

    public ObservableList<String> annotators() {
        return annotators;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public IntegerProperty positionProperty() {
        return position;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    public StringProperty queryProperty() {
        return query;
    }
}
