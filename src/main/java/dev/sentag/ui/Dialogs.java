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
    static final String NO_LABEL = "No label";

    private final Window owner;

    Dialogs(Window owner) {
        this.owner = owner;
    }

    void shortcuts(KeyBindings chosen) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
        grid.getStyleClass().add("shortcut-table");
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            Label keys = new Label(s.keys(chosen));
            keys.getStyleClass().add("shortcut-keys");
            var icon = MenuFactory.icon(s.icon());
            Label action = new Label(s.action());
            action.setWrapText(true); // the long ones take two lines rather than a screen's width
            action.setPrefWidth(680);
            action.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, icon == null ? new Label() : icon, keys, action);
        }
        Alert alert = alert(Alert.AlertType.INFORMATION, "Keyboard shortcuts",
                "Everything works from the keyboard. Edit → Preferences… rebinds the single keys.");
        // Taller than a laptop screen: the table scrolls inside a dialog that fits, with OK in view.
        var scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(grid.prefHeight(-1) + 4,
                javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 240));
        scroll.getStyleClass().add("edge-to-edge");
        alert.getDialogPane().setContent(scroll);
        alert.setOnShown(e -> FormLayout.keepOnScreen(alert.getDialogPane().getScene().getWindow()));
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

    /** Asks for the title of a pasted article; empty if the user cancelled. */
    Optional<String> pastedTitle(String suggestion) {
        TextInputDialog dialog = new TextInputDialog(suggestion);
        dialog.initOwner(owner);
        dialog.setTitle("Paste article");
        dialog.setHeaderText("The clipboard text becomes a new document.");
        dialog.setContentText("Title:");
        dialog.getDialogPane().getStyleClass().add("paste-title-dialog");
        return dialog.showAndWait().map(String::strip);
    }

    Optional<String> annotator(String current, List<String> known) {
        javafx.scene.control.ComboBox<String> names = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(known));
        names.setEditable(true);
        names.getEditor().setText(current);
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Annotator");
        dialog.setHeaderText("Who is tagging? Tags are kept per annotator.\nPick your name, or type a new one.");
        dialog.getDialogPane().setContent(new javafx.scene.layout.HBox(8, new Label("Name:"), names));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("annotator-dialog");
        dialog.setResultConverter(b -> b == ButtonType.OK ? names.getEditor().getText() : null);
        javafx.application.Platform.runLater(names.getEditor()::requestFocus);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty())
                .filter(name -> known.contains(name) || confirmNewAnnotator(name, known));
    }

    /** A name no one has used yet is a new coder: a typo would split one coder's work in two, so ask first. */
    private boolean confirmNewAnnotator(String name, List<String> known) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, known.isEmpty() ? ""
                : "Annotators so far: " + String.join(", ", known) + ".", ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("New annotator");
        ask.setHeaderText("“" + name + "” has not tagged here before. Start tagging as a new annotator?");
        ask.getDialogPane().getStyleClass().add("new-annotator-confirm");
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** Asks which label a merged sentence gets when its parts differ; a label name or "none". */
    Optional<String> mergeLabel(List<dev.sentag.model.Label> differing) {
        List<String> choices = new java.util.ArrayList<>(differing.stream().map(dev.sentag.model.Label::name).toList());
        choices.add(NO_LABEL);
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle("Merge sentences");
        dialog.setHeaderText("The two sentences are tagged differently.\nWhich label should the merged sentence have?");
        dialog.setContentText("Label:");
        return dialog.showAndWait().map(choice -> choice.equals(NO_LABEL) ? "none" : choice);
    }

    /**
     * Shows a sentence with a caret to place where the second part should begin; returns that offset.
     * The text cannot be edited, only pointed into.
     */
    java.util.OptionalInt splitPosition(String sentence) {
        TextArea text = new TextArea(sentence);
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPrefColumnCount(50);
        text.setTextFormatter(new javafx.scene.control.TextFormatter<String>(
                change -> change.isContentChange() ? null : change));
        text.getStyleClass().add("split-editor");
        int middle = sentence.indexOf(' ', sentence.length() / 2);
        text.positionCaret(middle > 0 ? middle + 1 : sentence.length() / 2);
        javafx.scene.control.Dialog<Integer> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Split sentence");
        dialog.setHeaderText("Put the caret where the second sentence begins (arrow keys or click), then press Enter.");
        ButtonType split = new ButtonType("Split here", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(split, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(text);
        dialog.setResultConverter(b -> b == split ? text.getCaretPosition() : null);
        text.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(split)).fire();
            }
        });
        javafx.application.Platform.runLater(text::requestFocus);
        return dialog.showAndWait().map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty());
    }

    /** Lists the files that failed and the merged tags that found no sentence, if there are any. */
    void importProblems(List<ImportResult> results) {
        List<String> failed = results.stream().filter(r -> r instanceof ImportResult.Failed)
                .map(r -> ((ImportResult.Failed) r).message()).toList();
        List<String> unmatched = results.stream().filter(r -> r instanceof ImportResult.TagsMerged)
                .map(r -> (ImportResult.TagsMerged) r)
                .flatMap(m -> m.unmatched().stream().map(u -> u.message(m.input()))).toList();
        if (failed.isEmpty() && unmatched.isEmpty()) {
            return;
        }
        String notMerged = unmatched.size() + " tag(s) were not merged: their sentences are cut differently here.";
        Alert alert = failed.isEmpty()
                ? alert(Alert.AlertType.WARNING, "Some tags were not merged", notMerged)
                : alert(Alert.AlertType.WARNING, "Some files were not imported", failed.size()
                        + " file(s) could not be imported; nothing was stored for them." + (unmatched.isEmpty() ? ""
                        : "\n" + notMerged));
        TextArea text = new TextArea(String.join("\n", java.util.stream.Stream.concat(failed.stream(),
                unmatched.stream()).toList()));
        text.setEditable(false);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    /** One line that explains, with OK. */
    void info(String title, String line) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, line);
        alert.getDialogPane().getStyleClass().add("info-dialog");
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
