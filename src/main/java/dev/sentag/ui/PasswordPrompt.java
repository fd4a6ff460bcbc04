package dev.sentag.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the password of a team library when the server wants one and neither PGPASSWORD nor ~/.pgpass had it.
 * The password is handed on once, as characters, and kept nowhere: not in the preferences, not in the log.
 */
public final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /** Shows the prompt on the FX thread; empty if the user cancelled. */
    public static Optional<char[]> ask(Window owner, String library, String why) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Sentag");
        dialog.setHeaderText("Password for " + library);
        PasswordField field = new PasswordField();
        field.setId("team-password");
        field.setPromptText("password");
        Label reason = new Label(why == null ? "" : why.lines().findFirst().orElse(""));
        reason.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, reason, field));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> result = dialog.showAndWait();
        field.clear();
        return result;
    }
}
