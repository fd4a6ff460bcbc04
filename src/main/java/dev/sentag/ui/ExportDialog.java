package dev.sentag.ui;

import dev.sentag.export.ExportFormat;
import dev.sentag.export.ExportOptions;
import dev.sentag.export.OffsetUnit;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/** File → Export…: format, options, a preview of the first lines, progress with Cancel, and where the files went. */
final class ExportDialog {
    static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType STOP = new ButtonType("Cancel export", ButtonBar.ButtonData.OTHER);
    /** How long the fields must rest before the preview is read again. */
    static final javafx.util.Duration PREVIEW_PAUSE = javafx.util.Duration.millis(200);

    private final ExportViewModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private ValidationSupport validation;

    ExportDialog(Window owner, ExportViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export the tagged sentences for analysis, training or another annotation tool.");
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("export-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, STOP, ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content());
        Button export = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        Button stop = (Button) dialog.getDialogPane().lookupButton(STOP);
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        // Export and Cancel work inside the dialog; only Close closes it.
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.export();
        });
        stop.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.cancel();
        });
        export.disableProperty().bind(model.runningProperty().or(model.target.isNull()));
        stop.disableProperty().bind(model.runningProperty().not());
        close.disableProperty().bind(model.runningProperty());
        // Esc or the window's close box must not hide a running export: cancel it first.
        dialog.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                e.consume();
            }
        });
        model.refreshPreview();
    }

    void show() {
        dialog.show();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private Node content() {
        GridPane form = FormLayout.grid(8);
        int row = 0;

        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.valueProperty().bindBidirectional(model.format);
        format.setId("export-format");
        form.addRow(row++, FormLayout.caption("Format"), format);

        TextField annotator = new TextField();
        annotator.textProperty().bindBidirectional(model.annotator);
        annotator.setPrefColumnCount(16);
        form.addRow(row++, FormLayout.caption("Annotator"), new HBox(annotator));

        ChoiceBox<ExportOptions.DocumentState> state = new ChoiceBox<>();
        state.getItems().setAll(ExportOptions.DocumentState.values());
        state.valueProperty().bindBidirectional(model.documentState);
        CheckBox openOnly = new CheckBox("Only the open article");
        openOnly.selectedProperty().bindBidirectional(model.openDocumentOnly);
        openOnly.setDisable(!model.hasOpenDocument());
        form.addRow(row++, FormLayout.caption("Documents"), row(state, openOnly));

        CheckBox untagged = new CheckBox("Untagged sentences (label null)");
        untagged.selectedProperty().bindBidirectional(model.includeUntagged);
        CheckBox excluded = new CheckBox("Excluded sentences");
        excluded.selectedProperty().bindBidirectional(model.includeExcluded);
        form.addRow(row++, FormLayout.caption("Include"), row(untagged, excluded));

        CheckComboBox<String> labelChoice = new CheckComboBox<>();
        labelChoice.setId("export-labels");
        labelChoice.getItems().setAll(model.labelChoices());
        labelChoice.setTitle("All labels");
        labelChoice.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> {
            var checked = java.util.Set.copyOf(labelChoice.getCheckModel().getCheckedItems());
            model.labels.retainAll(checked);
            model.labels.addAll(checked);
            labelChoice.setTitle(checked.isEmpty() ? "All labels" : null);
        });
        HBox labels = row(labelChoice, hint("none ticked: all labels"));
        form.addRow(row++, FormLayout.caption("Labels"), labels);

        CheckBox context = new CheckBox("prev_text and next_text columns");
        context.setMnemonicParsing(false);
        context.selectedProperty().bindBidirectional(model.context);
        ChoiceBox<ExportOptions.DoccanoMode> doccano = new ChoiceBox<>();
        doccano.getItems().setAll(ExportOptions.DoccanoMode.values());
        doccano.valueProperty().bindBidirectional(model.doccanoMode);
        Label doccanoCaption = new Label("doccano shape:");
        ChoiceBox<OffsetUnit> offsets = new ChoiceBox<>();
        offsets.getItems().setAll(OffsetUnit.values());
        offsets.valueProperty().bindBidirectional(model.doccanoOffsets);
        offsets.setId("export-doccano-offsets");
        offsets.setTooltip(new javafx.scene.control.Tooltip("What doccano's span offsets count. Default: UTF-16, as"
                + " doccano's labelling screen counts; grapheme clusters for projects that count them."));
        offsets.disableProperty().bind(doccano.disableProperty());
        Label offsetsCaption = new Label("offsets:");
        offsetsCaption.disableProperty().bind(doccano.disableProperty());
        HBox extras = row(context, doccanoCaption, doccano, offsetsCaption, offsets);
        context.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.format.get() != ExportFormat.JSONL && model.format.get() != ExportFormat.CSV, model.format));
        doccano.disableProperty().bind(model.format.isNotEqualTo(ExportFormat.DOCCANO));
        doccanoCaption.disableProperty().bind(doccano.disableProperty());
        form.addRow(row++, FormLayout.caption("Format options"), extras);

        CheckBox split = new CheckBox("Split by article into train/dev/test");
        split.selectedProperty().bindBidirectional(model.split);
        TextField shares = new TextField();
        shares.textProperty().bindBidirectional(model.shares);
        shares.setPrefColumnCount(7);
        TextField seed = new TextField();
        seed.textProperty().bindBidirectional(model.seed);
        seed.setPrefColumnCount(5);
        shares.disableProperty().bind(split.selectedProperty().not());
        seed.disableProperty().bind(split.selectedProperty().not());
        form.addRow(row++, FormLayout.caption("Split"), row(split, shares, new Label("seed"), seed));
        validate(shares, seed, split);

        TextField where = new TextField();
        where.setId("export-target");
        where.setPromptText("Type a path or choose a file (a folder for brat and WebAnno TSV)");
        // Typed or pasted paths count as much as chosen ones; an impossible path simply leaves no target.
        where.textProperty().addListener((obs, o, text) -> model.target.set(parsePath(text)));
        model.target.addListener((obs, o, path) -> {
            if (path == null ? !where.getText().isBlank() && parsePath(where.getText()) != null
                    : !path.equals(parsePath(where.getText()))) {
                where.setText(path == null ? "" : path.toString());
            }
        });
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseTarget());
        HBox.setHgrow(where, Priority.ALWAYS);
        form.addRow(row++, FormLayout.caption("Save to"), row(where, choose));

        TextArea preview = new TextArea();
        preview.setEditable(false);
        preview.setPrefRowCount(ExportViewModel.PREVIEW_LINES + 1);
        preview.setPrefColumnCount(90);
        preview.getStyleClass().add("export-preview");
        preview.setId("export-preview");
        preview.setStyle("-fx-font-family: monospace; -fx-font-size: 12px;");
        preview.textProperty().bind(model.previewProperty());

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        // Typing in a field re-queries once the keys pause, not on every keystroke.
        javafx.animation.PauseTransition previewSoon = new javafx.animation.PauseTransition(PREVIEW_PAUSE);
        previewSoon.setOnFinished(e -> model.refreshPreview());
        for (Observable o : new Observable[] {model.format, model.annotator, model.openDocumentOnly, model.documentState,
            model.includeUntagged, model.includeExcluded, model.labels, model.context, model.doccanoMode, model.doccanoOffsets, model.split,
            model.shares, model.seed}) {
            o.addListener(x -> previewSoon.playFromStart());
        }
        model.format.addListener((obs, o, n) -> model.target.set(null));
        form.disableProperty().bind(model.runningProperty());

        bar.setMaxWidth(Double.MAX_VALUE);
        // Room for the summary and up to three paths (a split), so the dialog never cuts where the files went.
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(68);
        message.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        VBox box = new VBox(10, form, hint("Preview of the first lines"), preview, bar, message);
        box.setPadding(new Insets(4, 12, 0, 12));
        VBox.setVgrow(preview, Priority.ALWAYS);
        return box;
    }

    /** Marks a wrong share list or seed where it is typed, with the message the export would give. */
    private void validate(TextField shares, TextField seed, CheckBox split) {
        ValidationSupport validation = new ValidationSupport();
        // An icon with the message as its tooltip, and the "error" style class a theme and tests can see.
        validation.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration()));
        shares.setId("export-shares");
        seed.setId("export-seed");
        validation.registerValidator(shares, false, (javafx.scene.control.Control c, String text) ->
                ValidationResult.fromErrorIf(c, problem(() -> dev.sentag.export.SplitSpec.parse(text, 1)),
                        split.isSelected() && problem(() -> dev.sentag.export.SplitSpec.parse(text, 1)) != null));
        validation.registerValidator(seed, false, (javafx.scene.control.Control c, String text) ->
                ValidationResult.fromErrorIf(c, "The seed is a whole number, not '" + text + "'.",
                        split.isSelected() && problem(() -> Long.parseLong(text.strip())) != null));
        split.selectedProperty().addListener((obs, o, on) -> validation.revalidate());
        this.validation = validation;
    }

    /** The message of the exception {@code check} throws, or null when it passes. */
    private static String problem(Runnable check) {
        try {
            check.run();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The form's validation, for tests that look at which fields it marks. */
    ValidationSupport validation() {
        return validation;
    }

    private void chooseTarget() {
        ExportFormat f = model.format.get();
        File chosen;
        if (f.writesFolder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export " + f.id() + " into a new or empty folder");
            chosen = chooser.showDialog(dialog.getOwner());
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + f.id());
            chooser.setInitialFileName("sentag-export" + f.extension());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.id(), "*" + f.extension()));
            chosen = chooser.showSaveDialog(dialog.getOwner());
        }
        if (chosen != null) {
            model.target.set(Path.of(chosen.getPath()));
        }
    }

    private static Path parsePath(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip());
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("export-hint");
        return l;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(12, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
