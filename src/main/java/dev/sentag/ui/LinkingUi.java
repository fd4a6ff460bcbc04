package dev.sentag.ui;

/** Puts links and speakers into the window: the sidebar sections, the margin badges and the linking commands. */
final class LinkingUi {
    private LinkingUi() {
    }

    /** Adds the sidebar sections and badges; returns the linking commands the registry's L, Shift+L and S run. */
    static LinkKeys install(ArticleView article, SidebarView sidebar, TaggingViewModel tagging,
                            ComparisonViewModel comparison, LinkingViewModel linking, Runnable returnFocus,
                            KeyBindings keys) {
        var list = new LinkListView(tagging, linking, comparison.comparingProperty());
        var speaker = new SpeakerPrompt(tagging, linking, comparison.comparingProperty(), returnFocus);
        Runnable named = () -> {
            list.keys(keys::keyText);
            speaker.keys(keys::keyText);
        };
        named.run();
        // Held by the list, listened to weakly: the bindings are the user's and outlive this window.
        javafx.collections.MapChangeListener<String, javafx.scene.input.KeyCombination> follow = c -> named.run();
        list.getProperties().put(KeyBindings.class, follow);
        keys.chosen().addListener(new javafx.collections.WeakMapChangeListener<>(follow));
        sidebar.getChildren().addAll(speaker, list);
        comparison.alsoDisputed(linking::disputed);
        // Links and speakers arrive after the rows: mark the sentences they put in dispute once they are in.
        article.markWhere(comparison::marked, linking.snapshotProperty());
        new LinkBadges(article.area(), tagging, linking);
        return new LinkKeys(linking, tagging, list, speaker, returnFocus);
    }
}
