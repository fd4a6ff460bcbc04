package dev.sentag.ui;

import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Which document of the library the window has open, and moving between documents: the first one at start,
 * the next and previous, reopening after a change, and F5. The open document's content is in the tagging
 * view-model's {@link DocumentState}; this keeps the library's list and the window's place in step with it.
 */
final class DocumentNavigation {
    private final TaggingViewModel tagging;
    private final LibraryViewModel library;
    private final UiPreferences prefs;
    private final LongConsumer select;
    private final Runnable focus;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private long openDocument = -1;

    /** {@code select} marks a shown document in the library's list; {@code focus} puts the keyboard on its text. */
    DocumentNavigation(TaggingViewModel tagging, LibraryViewModel library, UiPreferences prefs, LongConsumer select,
                       Runnable focus) {
        this.tagging = tagging;
        this.library = library;
        this.prefs = prefs;
        this.select = select;
        this.focus = focus;
        tagging.taggedProperty().addListener((obs, o, n) -> library.updateTagged(openDocument, n.intValue()));
        tagging.onChangeElsewhere(change -> library.refresh(
                () -> open(change.documentId(), Math.max(0, change.index()))));
        tagging.onSentencesChanged(() -> library.refresh(() -> library.find(openDocument).ifPresentOrElse(
                d -> select.accept(openDocument), this::start))); // an undo or redo may have deleted it
    }

    /** Loads the library and reopens the last article (or the first) at the last sentence. */
    void start() {
        long last = (long) prefs.number("lastDocument", -1);
        library.showFirstRows(last, () -> {
            var target = library.find(last).or(() -> library.documents().stream().findFirst());
            if (target.isEmpty()) {
                tagging.clear();
                ready.set(true);
                return;
            }
            int index = target.get().id() == last ? (int) prefs.number("lastSentence", 0) : TaggingViewModel.ARTICLE_START;
            open(target.get().id(), index, () -> ready.set(true));
        });
        focus.run();
    }

    void open(long documentId, int index) {
        open(documentId, index, () -> { });
    }

    /** Opens a document at sentence {@code index}, as a click in the library does; {@code then} runs once shown. */
    void open(long documentId, int index, Runnable then) {
        openDocument = documentId;
        tagging.open(documentId, index, () -> {
            select.accept(documentId);
            focus.run();
            then.run();
        });
    }

    /** The document being opened or shown; -1 with none. */
    long openDocument() {
        return openDocument;
    }

    /** Opens the next ({@code delta} 1) or previous (-1) document of the library's list. */
    void step(int delta) {
        var docs = library.documents();
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).id() == openDocument) {
                int j = i + delta;
                if (j >= 0 && j < docs.size()) {
                    open(docs.get(j).id(), TaggingViewModel.ARTICLE_START);
                }
                return;
            }
        }
    }

    /** Opens the open document again at the cursor (another annotator, another comparison). */
    void reopen() {
        if (openDocument >= 0) {
            open(openDocument, Math.max(0, tagging.currentProperty().get()));
        }
    }

    /** Reloads the library and the open document, or starts afresh when it is gone. */
    void reload() {
        int at = Math.max(0, tagging.currentProperty().get());
        library.refresh(() -> library.find(openDocument).ifPresentOrElse(d -> open(openDocument, at), this::start));
    }

    /** N: the next untagged sentence; past the last one, on into the next article with some if preferred. */
    void nextUntagged(UserPreferences user) {
        PreferenceBindings.nextUntagged(user, tagging, library, openDocument,
                id -> open(id, TaggingViewModel.ARTICLE_START, () -> PreferenceBindings.untaggedHere(tagging)));
    }

    /** Notes the open document and sentence in the window's preferences, where {@link #start} looks next time. */
    void remember() {
        prefs.put("lastDocument", openDocument);
        prefs.put("lastSentence", Math.max(0, tagging.currentProperty().get()));
    }

    /** True once the library is loaded and the first article (if any) is shown. */
    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
