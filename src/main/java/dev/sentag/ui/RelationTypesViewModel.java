package dev.sentag.ui;

import dev.sentag.annotate.RelationTypeService;
import dev.sentag.model.CodebookRelation;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The link types of the codebook as the codebook dialog shows and edits them. Every change runs on the database
 * thread; once committed the types are read again, the message line says what was done (or why not, nothing
 * changed), and {@code onChanged} tells the window (new versions; the linking keys follow the new types).
 */
public final class RelationTypesViewModel {
    private final RelationTypeService service;
    private final Background background;
    private final StringProperty message;
    private final Runnable onChanged;
    private final ObservableList<CodebookRelation> types = FXCollections.observableArrayList();

    RelationTypesViewModel(RelationTypeService service, Background background, StringProperty message,
                           Runnable onChanged) {
        this.service = service;
        this.background = background;
        this.message = message;
        this.onChanged = onChanged;
    }

    /** The active link types, in order. */
    ObservableList<CodebookRelation> types() {
        return types;
    }

    /** Shows a line on the dialog's message line. */
    void say(String text) {
        message.set(text);
    }

    /** Reads the types again (on opening the dialog). */
    void load() {
        background.run(service::active, types::setAll,
                e -> message.set("Could not read the link types: " + Background.message(e)));
    }

    /** Adds a type; a blank key or colour takes the default (its first letter if free; a palette colour). */
    void add(String name, String key, String colour) {
        change(() -> service.add(name, blankToNull(key), blankToNull(colour), null),
                "Added the link type " + (name == null ? "" : name.strip()) + ".");
    }

    void rename(CodebookRelation type, String newName) {
        change(() -> service.rename(type.name(), newName), "Renamed the link type " + type.name() + " to "
                + (newName == null ? "" : newName.strip()) + "; every link kept it.");
    }

    /** Recolours, unless the colour is not #RRGGBB or leaves text on it unreadable: then the message says why. */
    void recolour(CodebookRelation type, String colour) {
        var problem = CodebookViewModel.contrastProblem(colour);
        if (problem.isPresent()) {
            message.set(problem.get());
            return;
        }
        change(() -> service.recolour(type.name(), colour), "The link type " + type.name() + " is now "
                + colour.strip().toUpperCase(java.util.Locale.ROOT) + ".");
    }

    void rekey(CodebookRelation type, String key) {
        change(() -> service.rekey(type.name(), key), "The link type " + type.name() + " now has key "
                + (key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT)) + ".");
    }

    void describe(CodebookRelation type, String description) {
        change(() -> service.describe(type.name(), description), "Saved the description of " + type.name() + ".");
    }

    /** Retires a type; refused (the message says why) while links have it. */
    void retire(CodebookRelation type) {
        change(() -> service.retire(type.name()), "Retired the link type " + type.name() + ".");
    }

    private void change(Supplier<?> work, String done) {
        background.run(() -> {
            work.get();
            return service.active();
        }, (List<CodebookRelation> now) -> {
            types.setAll(now);
            message.set(done);
            onChanged.run();
        }, e -> message.set(Background.message(e)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
