package dev.sentag.ui;

import dev.sentag.ingest.ImportResult;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The window's small dialogs, each modal to the main window. */
final class Dialogs {
    static final String ALL_SENTENCES = "All sentences (untagged ones with label null)";
    static final String TAGGED_ONLY = "Only tagged sentences";

    private final Window owner;

    Dialogs(Window owner) {
        this.owner = owner;
    }

    void shortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.getStyleClass().add("shortcut-table");
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(s.action()));
        }
        Alert alert = alert(Alert.AlertType.INFORMATION, "Keyboard shortcuts", "Everything works from the keyboard.");
        alert.getDialogPane().setContent(grid);
        alert.showAndWait();
    }

    void about(String details) {
        Alert alert = alert(Alert.AlertType.INFORMATION, "About Sentag",
                "Sentag 0.1.0 — tag the sentences of news articles.");
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    Optional<String> annotator(String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner);
        dialog.setTitle("Annotator");
        dialog.setHeaderText("Who is tagging? Tags are kept per annotator.");
        dialog.setContentText("Name:");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Asks which sentences to export; empty if the user cancelled. */
    Optional<Boolean> exportIncludesUntagged() {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(ALL_SENTENCES, ALL_SENTENCES, TAGGED_ONLY);
        dialog.initOwner(owner);
        dialog.setTitle("Export to JSONL");
        dialog.setHeaderText("One line per sentence, with your tags.");
        dialog.setContentText("Export:");
        return dialog.showAndWait().map(ALL_SENTENCES::equals);
    }

    void importProblems(List<ImportResult> results) {
        List<String> problems = results.stream().filter(r -> r instanceof ImportResult.Failed)
                .map(r -> ((ImportResult.Failed) r).message()).toList();
        if (problems.isEmpty()) {
            return;
        }
        Alert alert = alert(Alert.AlertType.WARNING, "Some files were not imported",
                problems.size() + " file(s) could not be imported; nothing was stored for them.");
        TextArea text = new TextArea(String.join("\n", problems));
        text.setEditable(false);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    void error(String header, String message) {
        alert(Alert.AlertType.ERROR, "Sentag", header + "\n\n" + message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header) {
        Alert alert = new Alert(type, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert;
    }
}
