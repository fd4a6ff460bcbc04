package dev.sentag.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;

/**
 * View → Agreement…: choose annotators, documents and the pair to compare; see the agreement figures,
 * each with what it means, α per label and the confusion heat map. The view only shows; the numbers and
 * their wording come from {@link AgreementViewModel} and {@link AgreementFigures}.
 */
final class AgreementDialog {
    private final AgreementViewModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final CheckListView<String> annotatorBoxes = new CheckListView<>();
    private boolean filling;
    private final GridPane figures = new GridPane();
    private final GridPane perLabel = new GridPane();
    private final ConfusionHeatMap heatMap = new ConfusionHeatMap();
    private final Label message = new Label();
    private final Node results;

    AgreementDialog(Window owner, AgreementViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle("Agreement");
        dialog.setHeaderText("How far the annotators agree, over the sentences two or more of them labelled.");
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("agreement-dialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // Esc closes it wherever the focus is: the annotators' list would otherwise take the key for itself.
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE)).fire();
            }
        });
        results = resultsPane();
        dialog.getDialogPane().setContent(content());
        // Closing stops a computation still running and its thread.
        dialog.setOnHidden(e -> model.close());
        model.figuresProperty().addListener((obs, o, f) -> show(f));
        model.annotators.addListener((ListChangeListener<String>) c -> annotatorChecks());
    }

    void show() {
        dialog.show();
        model.load();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private Node content() {
        GridPane form = FormLayout.grid(10);
        annotatorBoxes.setId("agreement-annotators");
        annotatorBoxes.setPlaceholder(new Label("Reading the library…"));
        // Tall enough for every annotator up to six, so none hides below the fold.
        annotatorBoxes.setFixedCellSize(30);
        annotatorBoxes.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(annotatorBoxes.getItems())
                .multiply(30).add(4).map(h -> Math.max(64, Math.min(184, h.doubleValue()))));
        annotatorBoxes.setPrefWidth(260);
        annotatorBoxes.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!filling) {
                var checked = java.util.Set.copyOf(annotatorBoxes.getCheckModel().getCheckedItems());
                model.chosen.retainAll(checked);
                model.chosen.addAll(checked);
            }
        });
        form.addRow(0, FormLayout.caption("Annotators"), annotatorBoxes);

        ChoiceBox<AgreementViewModel.Scope> scope = new ChoiceBox<>();
        scope.getItems().setAll(AgreementViewModel.Scope.values());
        scope.valueProperty().bindBidirectional(model.scope);
        scope.setDisable(!model.hasOpenDocument());
        // Beside a choice rather than a row of its own, so the figures do not jump when it comes and goes.
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        HBox progress = row(spinner, hint("Computing… (1,000 bootstrap resamples for the interval)"));
        progress.setId("agreement-progress");
        progress.visibleProperty().bind(model.runningProperty());
        HBox.setMargin(progress, new Insets(0, 0, 0, 24));
        org.controlsfx.control.ToggleSwitch doubly = new org.controlsfx.control.ToggleSwitch("Only doubly-coded documents");
        doubly.setId("agreement-doubly-coded");
        doubly.selectedProperty().bindBidirectional(model.doublyCoded);
        doubly.setTooltip(new javafx.scene.control.Tooltip(
                "Only documents at least two of the chosen annotators labelled in full (every sentence)"));
        form.addRow(1, FormLayout.caption("Documents"), row(scope, doubly, progress));

        ComboBox<String> rows = pairChoice("agreement-rows", model.rowAnnotator);
        ComboBox<String> columns = pairChoice("agreement-columns", model.columnAnnotator);
        form.addRow(2, FormLayout.caption("Confusion"), row(rows, hint("(rows)   compared with"), columns, hint("(columns)")));

        message.setId("agreement-message");
        message.setWrapText(true);
        message.getStyleClass().add("agreement-message");
        VBox box = new VBox(12, form, new Separator(), message, results);
        box.setPadding(new Insets(4, 12, 0, 12));
        box.setPrefWidth(1040);
        return box;
    }

    private Node resultsPane() {
        figures.setId("agreement-figures");
        figures.setHgap(16);
        figures.setVgap(2);
        perLabel.setId("agreement-per-label");
        perLabel.setHgap(16);
        perLabel.setVgap(4);
        Label perLabelCaption = explanation(AgreementFigures.PER_LABEL);
        perLabelCaption.setMaxWidth(ConfusionHeatMap.WIDTH);
        Label perLabelTitle = new Label("α per label");
        perLabelTitle.getStyleClass().add("agreement-section");
        figures.setPrefWidth(500);
        figures.setMinWidth(440);
        VBox right = new VBox(22, heatMap, new VBox(6, perLabelTitle, perLabel, perLabelCaption));
        HBox pane = new HBox(36, figures, right);
        HBox.setHgrow(figures, Priority.ALWAYS);
        return pane;
    }

    private ComboBox<String> pairChoice(String id, javafx.beans.property.StringProperty value) {
        ComboBox<String> box = new ComboBox<>(model.pairChoices);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setPrefWidth(150);
        return box;
    }

    /** One checked line per annotator who has labelled something, ticked as the model chose. */
    private void annotatorChecks() {
        filling = true;
        try {
            annotatorBoxes.getItems().setAll(model.annotators);
            annotatorBoxes.getCheckModel().clearChecks();
            model.annotators.stream().filter(model.chosen::contains).forEach(annotatorBoxes.getCheckModel()::check);
        } finally {
            filling = false;
        }
        if (model.annotators.isEmpty()) {
            annotatorBoxes.setPlaceholder(hint("No one has tagged anything yet."));
        }
    }

    private void show(AgreementFigures f) {
        boolean empty = f == null || f.message() != null;
        message.setText(f == null ? "" : f.message() == null ? "" : f.message());
        message.setVisible(empty);
        message.setManaged(empty);
        results.setVisible(!empty);
        results.setManaged(!empty);
        if (empty) {
            return;
        }
        fill(figures, f.figures(), true);
        fill(perLabel, f.perLabel(), false);
        heatMap.show(f.heatMap());
        Window window = dialog.getDialogPane().getScene().getWindow();
        window.sizeToScene();
        // Grown by the figures, it must not run off the bottom of the screen (its buttons would be out of reach).
        FormLayout.keepOnScreen(window);
    }

    /** Rows of name and value; with {@code explained}, each figure's meaning in a muted line below it. */
    private static void fill(GridPane grid, List<AgreementFigures.Figure> lines, boolean explained) {
        grid.getChildren().clear();
        int row = 0;
        for (AgreementFigures.Figure line : lines) {
            Label name = new Label(line.name());
            name.getStyleClass().add("agreement-name");
            Label value = new Label(line.value());
            value.getStyleClass().add("agreement-value");
            value.setUserData(line.name());
            grid.addRow(row++, name, value);
            if (explained) {
                Label what = explanation(line.explanation());
                GridPane.setMargin(what, new Insets(0, 0, 8, 0));
                grid.add(what, 0, row++, 2, 1);
            }
        }
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("agreement-hint");
        return l;
    }

    private static Label explanation(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("agreement-explanation");
        l.setWrapText(true);
        return l;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(10, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
