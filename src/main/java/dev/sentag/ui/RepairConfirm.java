package dev.sentag.ui;

import dev.sentag.model.Label;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A merge or split changes the sentences every annotator sees: when others tagged the sentences it touches, the
 * window names them and asks first.
 */
final class RepairConfirm implements SentenceRepairs.Questions {
    private final Window owner;
    private final Dialogs dialogs;

    RepairConfirm(Window owner, Dialogs dialogs) {
        this.owner = owner;
        this.dialogs = dialogs;
    }

    @Override
    public boolean confirm(String action, List<String> others) {
        return ask(owner, action, others);
    }

    @Override
    public Optional<String> mergeLabel(List<Label> differing) {
        return dialogs.mergeLabel(differing);
    }

    @Override
    public OptionalInt splitPosition(String sentence) {
        return dialogs.splitPosition(sentence);
    }

    /** True when no one else is touched, or the user agreed after being told whom the change touches. */
    static boolean ask(Window owner, String action, List<String> others) {
        if (others.isEmpty()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(action);
        alert.setHeaderText(String.join(", ", others) + (others.size() == 1 ? " has" : " have")
                + " tagged " + (action.startsWith("Merge") ? "these sentences" : "this sentence") + ".");
        alert.setContentText(action + " changes the sentences for them too: their tags move to the new "
                + (action.startsWith("Merge") ? "sentence (where their parts differ, it is left untagged for them)"
                : "sentences") + ". The history records that you made the change; Ctrl+Z undoes it.");
        alert.getDialogPane().getStyleClass().add("repair-confirm");
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
