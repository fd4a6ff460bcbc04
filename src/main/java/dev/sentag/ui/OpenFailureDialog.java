package dev.sentag.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Shown when the library cannot be opened (damaged, foreign, from a newer Sentag): says why in one
 * message, and offers the three ways on. The file itself was not changed.
 */
public final class OpenFailureDialog {
    /** What the user chose. */
    public enum Choice { RESTORE_LATEST, OPEN_ANOTHER, QUIT }

    static final ButtonType RESTORE = new ButtonType("Restore latest snapshot", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType OPEN = new ButtonType("Open another file…", ButtonBar.ButtonData.OTHER);
    static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

    private OpenFailureDialog() {
    }

    /** Asks; {@code latest} is the newest snapshot of that database, if there is one. */
    public static Choice ask(Window owner, Path db, String reason, Optional<Path> latest) {
        String text = reason + "\n\n" + latest
                .map(p -> "The latest snapshot is from " + SnapshotsViewModel.describe(p) + ". Restoring it keeps the "
                        + "file above beside it, renamed, in case it can still be rescued.")
                .orElse("There is no snapshot of this library to restore.");
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(owner);
        alert.setTitle("Sentag");
        alert.setHeaderText("Sentag cannot open " + db.getFileName());
        alert.getButtonTypes().setAll(latest.isPresent() ? new ButtonType[] {RESTORE, OPEN, QUIT} : new ButtonType[] {OPEN, QUIT});
        alert.getDialogPane().setMinWidth(680);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonType picked = alert.showAndWait().orElse(QUIT);
        if (picked == RESTORE) {
            return Choice.RESTORE_LATEST;
        }
        return picked == OPEN ? Choice.OPEN_ANOTHER : Choice.QUIT;
    }
}
