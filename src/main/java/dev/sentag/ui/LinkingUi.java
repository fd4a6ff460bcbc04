package dev.sentag.ui;

/** Puts links and speakers into the window: the sidebar sections, the margin badges and the linking commands. */
final class LinkingUi {
    private LinkingUi() {
    }

    /** Adds the sidebar sections and badges; returns the linking commands the registry's L, Shift+L and S run. */
    static LinkKeys install(ArticleView article, SidebarView sidebar, TaggingViewModel tagging,
                            ComparisonViewModel comparison, LinkingViewModel linking, Runnable returnFocus) {
        var list = new LinkListView(tagging, linking, comparison.comparingProperty());
        var speaker = new SpeakerPrompt(tagging, linking, comparison.comparingProperty(), returnFocus);
        sidebar.getChildren().addAll(speaker, list);
        comparison.alsoDisputed(linking::disputed);
        // Links and speakers arrive after the rows: mark the sentences they put in dispute once they are in.
        article.markWhere(comparison::marked, linking.snapshotProperty());
        new LinkBadges(article.area(), tagging, linking);
        return new LinkKeys(linking, tagging, list, speaker, returnFocus);
    }
}
