package dev.sentag.ui;

/**
 * Makes the window follow the {@link UserPreferences}: theme, text size, reading-column width, auto-advance, the
 * annotator's name and which keys are label keys — at start and whenever Edit → Preferences… changes them.
 */
final class PreferenceBindings {
    private PreferenceBindings() {
    }

    /** Makes the window follow {@code user}; the returned action undoes that, for a window that is leaving. */
    static Runnable wire(UserPreferences user, TaggingViewModel tagging, ArticleView article, LibraryViewModel library,
                         Runnable reopen) {
        javafx.beans.value.ChangeListener<Theme> theme = (obs, o, t) -> t.apply();
        javafx.beans.value.ChangeListener<Number> size = (obs, o, px) -> article.setFontSize(px.doubleValue());
        javafx.beans.value.ChangeListener<Number> column = (obs, o, em) -> article.setColumnWidth(em.doubleValue());
        javafx.beans.value.ChangeListener<String> annotator = (obs, o, name) -> actAs(name, library, reopen);
        user.theme.addListener(theme);
        article.setFontSize(user.textSize.get());
        user.textSize.addListener(size);
        article.setColumnWidth(user.columnWidth.get());
        user.columnWidth.addListener(column);
        tagging.autoAdvanceProperty().set(user.autoAdvance.get());
        tagging.autoAdvanceProperty().bindBidirectional(user.autoAdvance);
        user.keys.labelKeys(labelKey(tagging));
        user.annotator.addListener(annotator);
        actAs(user.annotator.get(), library, reopen);
        return () -> {
            user.theme.removeListener(theme);
            user.textSize.removeListener(size);
            user.columnWidth.removeListener(column);
            user.annotator.removeListener(annotator);
            tagging.autoAdvanceProperty().unbindBidirectional(user.autoAdvance);
        };
    }

    /** The name of the label of the open codebook that a key tags with, if any. */
    static java.util.function.Function<String, java.util.Optional<String>> labelKey(TaggingViewModel tagging) {
        return key -> java.util.Optional.ofNullable(tagging.labelsProperty().get())
                .flatMap(labels -> labels.byKey(key)).map(dev.sentag.model.Label::name);
    }

    /** N: the next untagged sentence; past the last one, on into the next article with some if so preferred. */
    static void nextUntagged(UserPreferences user, TaggingViewModel tagging, LibraryViewModel library, long openDocument,
                             java.util.function.LongConsumer openArticle) {
        if (!tagging.nextUntagged() && user.nextVisit.get() == UserPreferences.NextVisit.ON_TO_NEXT_ARTICLE) {
            library.documents().stream().dropWhile(d -> d.id() != openDocument).skip(1)
                    .filter(d -> d.taggedProperty().get() < d.sentences()).findFirst()
                    .ifPresent(d -> openArticle.accept(d.id()));
        }
    }

    /** Stays on the current sentence if it is untagged, else moves to the article's next untagged one. */
    static void untaggedHere(TaggingViewModel tagging) {
        if (tagging.currentRow().filter(r -> r.labelId() == null && !r.sentence().excluded()).isEmpty()) {
            tagging.nextUntagged();
        }
    }

    /** Switches the library to the preferred annotator, unless none is set or it already is that one. */
    private static void actAs(String name, LibraryViewModel library, Runnable reopen) {
        // In a team library the login is the annotator; a preferred name from library files does not apply there.
        if (name != null && !name.isBlank() && !name.strip().equals(library.annotatorProperty().get())
                && library.teamLogin().isEmpty()) {
            library.switchAnnotator(name.strip(), reopen);
        }
    }
}
