package dev.sentag.ui;

import javafx.scene.Scene;

/** Puts links and speakers into the window: the sidebar sections, the margin badges and the keys. */
final class LinkingUi {
    private LinkingUi() {
    }

    /** Installs before the window's other keys, so L, S and the linking keys are seen first. */
    static LinkBadges install(Scene scene, ArticleView article, SidebarView sidebar, TaggingViewModel tagging,
                              ComparisonViewModel comparison, LinkingViewModel linking, Runnable returnFocus) {
        var list = new LinkListView(tagging, linking, comparison.comparingProperty());
        var speaker = new SpeakerPrompt(tagging, linking, comparison.comparingProperty(), returnFocus);
        sidebar.getChildren().addAll(speaker, list);
        new LinkKeys(linking, tagging, list, speaker, returnFocus).install(scene);
        comparison.alsoDisputed(linking::disputed);
        // Links and speakers arrive after the rows: mark the sentences they put in dispute once they are in.
        article.markWhere(comparison::marked, linking.snapshotProperty());
        return new LinkBadges(article.area(), tagging, linking);
    }
}
