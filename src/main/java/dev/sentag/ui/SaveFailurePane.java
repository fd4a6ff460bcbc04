package dev.sentag.ui;

import javafx.scene.Node;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * Wraps the working area in a ControlsFX {@link NotificationPane} that slides down when a write failed, saying
 * why, and stays until the user dismisses it (or a later save succeeds): a failed save is never silent.
 */
final class SaveFailurePane extends NotificationPane {
    SaveFailurePane(Node content, SaveStatus status) {
        super(content);
        getStyleClass().addAll(NotificationPane.STYLE_CLASS_DARK, "save-failure-pane");
        setShowFromTop(true);
        // A long message is cut with an ellipsis rather than widening the window past the screen.
        setMinWidth(0);
        setCloseButtonVisible(false);
        setGraphic(StatusBarView.icon(SaveStatus.State.FAILED));
        getActions().setAll(new Action("Dismiss", e -> status.dismiss()));
        status.stateProperty().addListener((obs, o, s) -> update(status));
        status.messageProperty().addListener((obs, o, m) -> update(status));
    }

    private void update(SaveStatus status) {
        if (status.stateProperty().get() == SaveStatus.State.FAILED) {
            setText(status.messageProperty().get());
            if (!isShowing()) {
                show();
            }
        } else if (isShowing()) {
            hide();
        }
    }
}
