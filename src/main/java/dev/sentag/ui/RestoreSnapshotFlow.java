package dev.sentag.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** File → Restore snapshot…: pick a snapshot, confirm, restore, then show the library as restored. */
final class RestoreSnapshotFlow {
    private final Window owner;
    private final SnapshotsViewModel snapshots;
    private final Runnable reload;
    private final Consumer<String> notice;

    RestoreSnapshotFlow(Window owner, SnapshotsViewModel snapshots, Runnable reload, Consumer<String> notice) {
        this.owner = owner;
        this.snapshots = snapshots;
        this.reload = reload;
        this.notice = notice;
    }

    void run() {
        snapshots.list(this::choose, this::error);
    }

    private void choose(List<Path> available) {
        if (available.isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, "Sentag takes one when it starts (once a day), "
                    + "before schema upgrades and before bulk changes. Take one now from the command line with "
                    + "'sentag backup'.", ButtonType.OK);
            none.initOwner(owner);
            none.setTitle("Restore snapshot");
            none.setHeaderText("There are no snapshots of this library yet.");
            none.showAndWait();
            return;
        }
        Map<String, Path> byText = new LinkedHashMap<>();
        available.forEach(p -> byText.put(SnapshotsViewModel.describe(p), p));
        ChoiceDialog<String> dialog = new ChoiceDialog<>(byText.keySet().iterator().next(), byText.keySet());
        dialog.initOwner(owner);
        dialog.setTitle("Restore snapshot");
        dialog.setHeaderText("Replace the library with an earlier snapshot.\n"
                + "The current state is snapshotted first, so this can be undone the same way.");
        dialog.setContentText("Snapshot:");
        dialog.showAndWait().map(byText::get).ifPresent(this::confirm);
    }

    /** Says what the restore would lose, per annotator, and restores only when the user agrees. */
    private void confirm(Path snapshot) {
        snapshots.loss(snapshot, loss -> {
            Alert ask = new Alert(loss.nothing() ? Alert.AlertType.CONFIRMATION : Alert.AlertType.WARNING,
                    "", ButtonType.OK, ButtonType.CANCEL);
            ask.initOwner(owner);
            ask.setTitle("Restore snapshot");
            ask.setHeaderText(loss.nothing() ? "Restore the snapshot of " + SnapshotsViewModel.describe(snapshot) + "?"
                    : "Restoring the snapshot of " + SnapshotsViewModel.describe(snapshot)
                    + " loses what was made after it:");
            ask.setContentText((loss.nothing() ? loss.lines().get(0)
                    : "• " + String.join("\n• ", loss.lines()))
                    + "\n\nThe current state is snapshotted first, so a restore can itself be undone.");
            ask.getDialogPane().getStyleClass().add("restore-confirm");
            ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> restore(snapshot));
        }, this::error);
    }

    private void restore(Path snapshot) {
        snapshots.restore(snapshot, before -> {
            reload.run();
            notice.accept("Restored the snapshot of " + SnapshotsViewModel.describe(snapshot)
                    + "; the replaced state is saved in " + before);
        }, this::error);
    }

    private void error(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Restore snapshot");
        alert.setHeaderText("The snapshot was not restored; the library is unchanged.");
        alert.showAndWait();
    }
}
