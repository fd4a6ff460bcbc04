package dev.sentag.ui;

import dev.sentag.annotate.AnnotationService;
import dev.sentag.annotate.CodebookService;
import dev.sentag.annotate.ColourContrast;
import dev.sentag.model.Codebook;
import dev.sentag.model.CodebookLabel;
import dev.sentag.model.CodebookVersion;
import dev.sentag.model.LabelSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The codebook as the window shows and edits it: the labels with their descriptions, the versions, and a
 * message line (what was done, or why not). Every change runs on the database thread; when it has committed,
 * the codebook and versions are read again and {@code onChanged} tells the window (labels, keys and maybe
 * tags moved). Also marks tags unsure (U), which needs the same service access.
 */
public final class CodebookViewModel {
    private final CodebookService service;
    private final AnnotationService annotation;
    private final Background background;
    private final ObjectProperty<Codebook> codebook = new SimpleObjectProperty<>(this, "codebook",
            new Codebook(0, List.of()));
    private final ObservableList<CodebookVersion> versions = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private Runnable onChanged = () -> { };

    private final RelationTypesViewModel relations;

    public CodebookViewModel(CodebookService service, AnnotationService annotation, Background background) {
        this(service, annotation, background, null);
    }

    /** With {@code relations} (may be null) the dialog also edits the link types. */
    public CodebookViewModel(CodebookService service, AnnotationService annotation, Background background,
                             dev.sentag.annotate.RelationTypeService relations) {
        this.service = service;
        this.annotation = annotation;
        this.background = background;
        this.relations = relations == null ? null
                : new RelationTypesViewModel(relations, background, message, () -> onChanged.run());
    }

    /** The link types part, or null when the window was given none. */
    RelationTypesViewModel relations() {
        return relations;
    }

    /** What the window does after a change: show the new labels and reload the open article. */
    void onChanged(Runnable handler) {
        this.onChanged = handler;
    }

    /** What the database holds now: codebook, versions and the active label set. */
    record Snapshot(Codebook codebook, List<CodebookVersion> versions, LabelSet labels) {
    }

    /** Reads the codebook again (after an undo, a reload, or on opening the dialog); {@code then} gets the labels. */
    void load(java.util.function.Consumer<LabelSet> then) {
        background.run(this::snapshot, s -> {
            show(s);
            then.accept(s.labels());
        }, e -> message.set("Could not read the codebook: " + Background.message(e)));
    }

    private Snapshot snapshot() {
        return new Snapshot(service.current(), service.versions(), annotation.labels());
    }

    private void show(Snapshot s) {
        codebook.set(s.codebook());
        versions.setAll(s.versions());
    }

    void add(String name, String colour) {
        change(() -> service.add(name, null, colour, null), "Added " + name.strip() + ".");
    }

    void rename(CodebookLabel label, String newName) {
        change(() -> service.rename(label.name(), newName), "Renamed " + label.name() + " to " + newName.strip()
                + "; every tag kept it. Ctrl+Z takes it back.");
    }

    void merge(CodebookLabel from, String into) {
        change(() -> service.merge(from.name(), into), "Merged " + from.name() + " into " + into
                + ": every annotator's tags moved. Ctrl+Z takes it back.");
    }

    /** Retires a label; while tags carry it, only with {@code into} (where they go). */
    void retire(CodebookLabel label, String into) {
        change(() -> service.retire(label.name(), into), "Retired " + label.name()
                + (into == null ? "." : "; its tags moved to " + into + "."));
    }

    void describe(CodebookLabel label, String definition, String include, String exclude, List<String> examples) {
        change(() -> service.describe(label.name(), definition, include, exclude, examples),
                "Saved the description of " + label.name() + ".");
    }

    /** Recolours, unless the colour would leave text on it unreadable: then the message says why, nothing changes. */
    void recolour(CodebookLabel label, String colour) {
        Optional<String> problem = contrastProblem(colour);
        if (problem.isPresent()) {
            message.set(problem.get());
            return;
        }
        change(() -> service.recolour(label.name(), colour), label.name() + " is now " + colour.strip().toUpperCase() + ".");
    }

    /** Why a colour cannot be used (not #RRGGBB, or too little contrast), if it cannot. */
    static Optional<String> contrastProblem(String colour) {
        if (colour == null || !colour.strip().matches("#[0-9A-Fa-f]{6}")) {
            return Optional.of("A colour looks like #E69F00 (#RRGGBB).");
        }
        return ColourContrast.problem(colour.strip());
    }

    /** Moves a label one place up (-1) or down (+1); keys follow the order (1, 2, 3 …). */
    void move(CodebookLabel label, int delta) {
        List<String> names = new java.util.ArrayList<>(codebook.get().active().stream().map(CodebookLabel::name).toList());
        int i = names.indexOf(label.name());
        int j = i + delta;
        if (i < 0 || j < 0 || j >= names.size()) {
            return;
        }
        names.set(i, names.get(j));
        names.set(j, label.name());
        change(() -> service.reorder(names), label.name() + " now has key " + (j + 1) + ".");
    }

    private void change(Supplier<?> work, String done) {
        background.run(() -> {
            work.get();
            return snapshot();
        }, s -> {
            show(s);
            message.set(done);
            onChanged.run();
        }, e -> message.set(Background.message(e)));
    }

    public ObjectProperty<Codebook> codebookProperty() {
        return codebook;
    }

    public ObservableList<CodebookVersion> versions() {
        return versions;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
