package dev.sentag.ui;

/** What the registry's handlers act on: the window and its view-models. */
record ActionContext(MainWindow window, TaggingViewModel tagging, ComparisonViewModel comparison,
                     LibrarySwitcher libraries) {
}
