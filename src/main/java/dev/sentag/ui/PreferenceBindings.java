package dev.sentag.ui;

/**
 * Makes the window follow the {@link UserPreferences}: theme, text size, reading-column width, auto-advance, the
 * annotator's name and which keys are label keys — at start and whenever Edit → Preferences… changes them.
 */
final class PreferenceBindings {
    private PreferenceBindings() {
    }

    static void wire(UserPreferences user, TaggingViewModel tagging, ArticleView article, LibraryViewModel library,
                     Runnable reopen) {
        user.theme.addListener((obs, o, theme) -> theme.apply());
        article.setFontSize(user.textSize.get());
        user.textSize.addListener((obs, o, size) -> article.setFontSize(size.doubleValue()));
        article.setColumnWidth(user.columnWidth.get());
        user.columnWidth.addListener((obs, o, em) -> article.setColumnWidth(em.doubleValue()));
        tagging.autoAdvanceProperty().set(user.autoAdvance.get());
        tagging.autoAdvanceProperty().bindBidirectional(user.autoAdvance);
        user.keys.labelKeys(key -> tagging.labelsProperty().get() != null
                && tagging.labelsProperty().get().byKey(key).isPresent());
        user.annotator.addListener((obs, o, name) -> actAs(name, library, reopen));
        actAs(user.annotator.get(), library, reopen);
    }

    /** Stays on the current sentence if it is untagged, else moves to the article's next untagged one. */
    static void untaggedHere(TaggingViewModel tagging) {
        if (tagging.currentRow().filter(r -> r.labelId() == null && !r.sentence().excluded()).isEmpty()) {
            tagging.nextUntagged();
        }
    }

    /** Switches the library to the preferred annotator, unless none is set or it already is that one. */
    private static void actAs(String name, LibraryViewModel library, Runnable reopen) {
        if (name != null && !name.isBlank() && !name.strip().equals(library.annotatorProperty().get())) {
            library.switchAnnotator(name.strip(), reopen);
        }
    }
}
