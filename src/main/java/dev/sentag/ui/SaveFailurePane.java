package dev.sentag.ui;

import javafx.scene.Node;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * Wraps the working area in a ControlsFX {@link NotificationPane} that slides down when a write failed, saying
 * why, and stays until the user dismisses it (or a later save succeeds): a failed save is never silent. Where
 * the failed writes can be made again, Retry does so.
 */
final class SaveFailurePane extends NotificationPane {
    private final Action dismiss;
    private final Action retry;

    SaveFailurePane(Node content, SaveQueue saves) {
        super(content);
        SaveStatus status = saves.status();
        getStyleClass().addAll(NotificationPane.STYLE_CLASS_DARK, "save-failure-pane");
        setShowFromTop(true);
        // A long message is cut with an ellipsis rather than widening the window past the screen.
        setMinWidth(0);
        setCloseButtonVisible(false);
        setGraphic(StatusBarView.icon(SaveStatus.State.FAILED));
        dismiss = new Action("Dismiss", e -> status.dismiss());
        // Once the cause is gone (space freed, the file writable again) the put-back writes can be made again.
        retry = new Action("Retry", e -> saves.retryFailed());
        getActions().setAll(dismiss);
        status.stateProperty().addListener((obs, o, s) -> update(status, saves));
        status.messageProperty().addListener((obs, o, m) -> update(status, saves));
        saves.retryableProperty().addListener((obs, o, n) -> update(status, saves));
    }

    private void update(SaveStatus status, SaveQueue saves) {
        if (status.stateProperty().get() == SaveStatus.State.FAILED) {
            setText(status.messageProperty().get());
            if (saves.retryableProperty().get() > 0) {
                getActions().setAll(retry, dismiss);
            } else {
                getActions().setAll(dismiss);
            }
            if (!isShowing()) {
                show();
            }
        } else if (isShowing()) {
            hide();
        }
    }
}
