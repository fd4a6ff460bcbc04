package dev.sentag.ui;

import dev.sentag.annotate.FindService;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Indexes for find, in the background, the articles a folder import left to be indexed (also those a closed window
 * left half done): one short slice per task on the database thread, so keypresses go in between, and the status bar
 * says how many are still to go. Call on the FX thread.
 */
public final class FindIndexing {
    private final FindService find;
    private final Background background;
    private final StringProperty step = new SimpleStringProperty(this, "step", "");
    private boolean running;

    public FindIndexing(FindService find, Background background) {
        this.find = find;
        this.background = background;
    }

    /** Starts indexing whatever waits (nothing when nothing does, or this login may not write the index). */
    public void start() {
        if (running) {
            return;
        }
        running = true;
        background.run(() -> find.mayIndex() ? find.notYetIndexed() : 0, this::continueWith, this::failed);
    }

    private void continueWith(int left) {
        if (left == 0) {
            running = false;
            step.set("");
            return;
        }
        step.set("Indexing for find: " + left + (left == 1 ? " article" : " articles") + " to go");
        background.run(find::indexSome, this::continueWith, this::failed);
    }

    private void failed(Throwable e) {
        running = false;
        step.set("The find index is not complete: " + Background.message(e));
    }

    /** What the indexing is doing, for the status bar; empty when find sees every article. */
    public ReadOnlyStringProperty stepProperty() {
        return step;
    }
}
