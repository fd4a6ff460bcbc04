package dev.sentag.ui;

import dev.sentag.model.AnnotatorTag;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A merge or split changes the sentences every annotator sees: when others tagged the sentences it touches, the
 * window names them and asks first.
 */
final class RepairConfirm {
    private RepairConfirm() {
    }

    /** The other annotators with a label or note on {@code count} sentences from the cursor, sorted. */
    static List<String> othersOn(TaggingViewModel tagging, int count) {
        int at = tagging.currentProperty().get();
        var rows = tagging.rows();
        return rows.subList(Math.max(0, at), Math.min(rows.size(), at + count)).stream()
                .flatMap(r -> r.others().stream())
                .filter(t -> t.labelId() != null || (t.note() != null && !t.note().isBlank()))
                .map(AnnotatorTag::annotator).distinct().sorted().toList();
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
